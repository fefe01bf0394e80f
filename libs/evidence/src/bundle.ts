import { START, canonicalJson, checkLink, type EventStore, type StoredEvent } from '@schakel/event-store';
import { BUNDLE_FORMAT, statementOf, type BundledEnvelope, type BundledEvent, type EvidenceBundle, type StreamManifest } from './bundle-format';
import { BrokenLogError, InvalidBundleRequestError } from './evidence-errors';
import { MerkleTree, leafHash } from './merkle-tree';
import { signCanonical, signTreeHead } from './signed-checkpoint';
import { publicKeyOf, type SigningKey } from './signing-key';

export interface CreateEvidenceBundleOptions {
  /** Any reader of the global log in subscriber order: an EventStore adapter. */
  readonly store: Pick<EventStore, 'kind' | 'readAll'>;
  readonly streamIds: readonly string[];
  /** Only the log up to this instant (ISO-8601): the tree stops before the first event recorded later. */
  readonly upTo?: string | null;
  readonly signingKey: SigningKey;
  /** The checkpoint's issuedAt. */
  readonly now: Date | string;
  /** Events per readAll page. Default 5000. */
  readonly pageSize?: number;
  /** Asked between pages whether to stop (an AbortSignal, or the API's request budget): it throws to stop. */
  readonly signal?: { throwIfAborted(): void };
  /** Told after each page how many events of the log have been read (for a progress line). */
  readonly onProgress?: (eventsRead: number) => void;
}

/**
 * Reads the global log once, builds the RFC 6962 tree over it (up to `upTo`), signs the tree head
 * and a statement of what each requested stream holds, and returns the requested streams' events
 * with their inclusion paths. Refuses to sign a log whose hash chains do not verify.
 */
export async function createEvidenceBundle(options: CreateEvidenceBundleOptions): Promise<EvidenceBundle> {
  const wanted = new Set(options.streamIds);
  if (wanted.size === 0) throw new InvalidBundleRequestError('a bundle needs at least one stream');
  for (const id of wanted) {
    if (typeof id !== 'string' || id.length === 0) throw new InvalidBundleRequestError(`"${String(id)}" is not a stream id`);
  }
  const upTo = options.upTo == null ? null : instant(options.upTo, 'upTo');
  const upToMs = upTo === null ? Infinity : Date.parse(upTo);
  const issuedAt = instant(options.now, 'now');

  const heads = new Map<string, { version: number; hash: string }>();
  const leafChunks: Buffer[] = [];
  const selected: { leafIndex: number; event: BundledEnvelope }[] = [];
  let treeSize = 0;
  let after = START;
  reading: for (;;) {
    options.signal?.throwIfAborted();
    const page = await options.store.readAll({ after, limit: options.pageSize ?? 5000 });
    if (page.length === 0) break;
    const leaves = Buffer.allocUnsafe(page.length * 32);
    let inPage = 0;
    for (const event of page) {
      // The tree covers a prefix of the log, so later bundles stay consistent with this one.
      if (Date.parse(event.recordedAt) > upToMs) {
        leafChunks.push(leaves.subarray(0, inPage * 32));
        break reading;
      }
      const failure = checkLink(event, heads.get(event.streamId));
      if (failure) throw new BrokenLogError(failure);
      heads.set(event.streamId, { version: event.streamVersion, hash: event.hash });
      leafHash(Buffer.from(event.hash, 'hex')).copy(leaves, inPage * 32);
      if (wanted.has(event.streamId)) selected.push({ leafIndex: treeSize, event: envelopeOf(event) });
      inPage++;
      treeSize++;
    }
    leafChunks.push(leaves);
    after = page[page.length - 1].checkpoint;
    options.onProgress?.(treeSize);
  }

  options.signal?.throwIfAborted();
  const tree = MerkleTree.fromLeafHashes(Buffer.concat(leafChunks));
  const { checkpoint, signature: checkpointSignature } = signTreeHead(
    { treeSize, rootHash: tree.root().toString('hex'), issuedAt, store: options.store.kind },
    options.signingKey,
  );
  const manifest: StreamManifest[] = [...wanted].sort().map((streamId) => {
    const lastVersion = heads.get(streamId)?.version ?? -1;
    return { streamId, firstVersion: 0, lastVersion, eventCount: lastVersion + 1 };
  });
  const key = publicKeyOf(options.signingKey);
  const events: BundledEvent[] = selected.map(({ leafIndex, event }) => ({
    leafIndex,
    inclusionPath: tree.inclusionProof(leafIndex).map((h) => h.toString('hex')),
    event,
  }));
  const unsigned = { format: BUNDLE_FORMAT, checkpoint, upTo, manifest } as const;
  return {
    format: BUNDLE_FORMAT,
    publicKey: { algorithm: 'Ed25519', pem: key.pem, fingerprint: key.fingerprint },
    checkpoint,
    checkpointSignature,
    upTo,
    manifest,
    statementSignature: signCanonical(statementOf(unsigned), options.signingKey),
    events,
  };
}

// The hashed fields in one fixed order, objects with sorted keys: the same event gives the same
// bytes whichever adapter stored it (PostgreSQL jsonb, for one, reorders keys).
function envelopeOf(event: StoredEvent): BundledEnvelope {
  return {
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: sortedCopy(event.data),
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: sortedCopy(event.actor) as StoredEvent['actor'],
    correlationId: event.correlationId,
    causationId: event.causationId,
    prevHash: event.prevHash,
    hash: event.hash,
  };
}

const sortedCopy = (value: unknown): unknown => JSON.parse(canonicalJson(value));

function instant(value: Date | string, name: string): string {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidBundleRequestError(`${name} "${String(value)}" is not an instant`);
  return new Date(ms).toISOString();
}
