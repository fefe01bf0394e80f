import type { KeyObject } from 'node:crypto';
import { GENESIS_HASH, hashEvent } from '@schakel/event-store';
import { statementOf, type BundledEvent, type EvidenceBundle, type StreamManifest } from './bundle-format';
import { bundleFormatProblem, bundledEventProblem, isRecord } from './bundle-shape';
import { leafHash, verifyInclusion } from './merkle-tree';
import { verifyCanonical } from './signed-checkpoint';
import { fingerprintOf, parsePublicKeyPem, publicKeyOf } from './signing-key';

export type BundleProblemReason =
  | 'FORMAT'
  | 'KEY_MISMATCH'
  | 'SIGNATURE_INVALID'
  | 'MALFORMED_EVENT'
  | 'HASH_MISMATCH'
  | 'NOT_IN_LOG'
  | 'ORDER_CHANGED'
  | 'EVENT_MISSING'
  | 'EXTRA_EVENT'
  | 'PREV_HASH_MISMATCH';

export interface BundleProblem {
  readonly reason: BundleProblemReason;
  readonly detail: string;
  /** The event at fault, as the bundle names it; absent for a missing event or a bundle-wide problem. */
  readonly eventId?: string;
  readonly streamId?: string;
  /** For EVENT_MISSING: the version that is missing. */
  readonly streamVersion?: number;
  readonly leafIndex?: number;
  /** Index of the event at fault in the bundle's `events` list. */
  readonly position?: number;
}

export type BundleCheckName = 'format' | 'publicKey' | 'signature' | 'eventHashes' | 'inclusionProofs' | 'order' | 'streams' | 'manifest';

export interface BundleCheck {
  readonly name: BundleCheckName;
  /** skipped: an earlier check failed, so this one could not be trusted to mean anything. */
  readonly status: 'pass' | 'fail' | 'skipped';
  readonly detail: string;
}

export interface BundleSummary {
  readonly eventCount: number;
  readonly streamCount: number;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly issuedAt: string;
  readonly upTo: string | null;
  /** Fingerprint computed from the bundle's public key. */
  readonly keyFingerprint: string;
  /** True when the caller named the key the bundle must be signed with. */
  readonly keyPinned: boolean;
}

export interface BundleVerification {
  readonly ok: boolean;
  readonly checks: readonly BundleCheck[];
  /** The first bad thing: the key or a signature, else the first bad event in the bundle's order. */
  readonly firstProblem: BundleProblem | null;
  /** Null when the file is not a bundle at all. */
  readonly summary: BundleSummary | null;
}

export interface VerifyBundleOptions {
  /** The key the bundle must be signed with (SPKI PEM), as published by the log's operator. */
  readonly publicKeyPem?: string;
}

type CheckResult = { readonly problem: BundleProblem | null; readonly passDetail: string };

/**
 * Checks a parsed bundle file offline: format, key, both signatures, every event's hash and
 * inclusion path, log order, each stream's versions and hash links, and the signed manifest.
 * Throws PublicKeyError only when `publicKeyPem` itself is not an Ed25519 public key.
 */
export function verifyEvidenceBundle(input: unknown, options: VerifyBundleOptions = {}): BundleVerification {
  const pinned = options.publicKeyPem === undefined ? null : parsePublicKeyPem(options.publicKeyPem);
  const checks: BundleCheck[] = [];
  const problems: { problem: BundleProblem; rank: number }[] = [];
  const record = (name: BundleCheckName, result: CheckResult | null) => {
    if (result === null) {
      checks.push({ name, status: 'skipped', detail: 'not checked: an earlier check failed' });
    } else if (result.problem) {
      checks.push({ name, status: 'fail', detail: result.problem.detail });
      problems.push({ problem: result.problem, rank: RANK[name] });
    } else {
      checks.push({ name, status: 'pass', detail: result.passDetail });
    }
    return result?.problem === null;
  };

  const formatProblem = bundleFormatProblem(input);
  let bundleKey: KeyObject | null = null;
  let keyProblem = formatProblem;
  if (!formatProblem) {
    const pem = (input as EvidenceBundle).publicKey.pem;
    try {
      bundleKey = parsePublicKeyPem(pem);
      // The canonical export only: another encoding of the same key would be bytes nothing covers.
      if (publicKeyOf(bundleKey).pem !== pem) keyProblem = 'publicKey.pem is not in the canonical SPKI PEM form';
    } catch (error) {
      keyProblem = `publicKey.pem: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  if (keyProblem || !bundleKey) {
    record('format', { problem: { reason: 'FORMAT', detail: keyProblem ?? 'no public key' }, passDetail: '' });
    for (const name of ['publicKey', 'signature', 'eventHashes', 'inclusionProofs', 'order', 'streams', 'manifest'] as const) record(name, null);
    return { ok: false, checks, firstProblem: firstOf(problems), summary: null };
  }
  const bundle = input as EvidenceBundle;
  record('format', { problem: null, passDetail: `${bundle.format}, ${bundle.events.length} events, ${bundle.manifest.length} streams` });
  record('publicKey', checkKey(bundle, bundleKey, pinned));
  record('signature', checkSignatures(bundle, bundleKey));

  const { hashes, proofs } = checkEvents(bundle);
  const eventsIntact = [record('eventHashes', hashes), record('inclusionProofs', proofs)].every(Boolean);
  const entries = bundle.events as BundledEvent[];
  const inOrder = record('order', eventsIntact ? checkOrder(entries) : null);
  const streams = inOrder ? checkStreams(bundle) : null;
  record('streams', streams?.chains ?? null);
  record('manifest', streams?.completeness ?? null);

  return {
    ok: problems.length === 0,
    checks,
    firstProblem: firstOf(problems),
    summary: {
      eventCount: bundle.events.length,
      streamCount: bundle.manifest.length,
      treeSize: bundle.checkpoint.treeSize,
      rootHash: bundle.checkpoint.rootHash,
      issuedAt: bundle.checkpoint.issuedAt,
      upTo: bundle.upTo,
      keyFingerprint: fingerprintOf(bundleKey),
      keyPinned: pinned !== null,
    },
  };
}

// Bundle-wide problems first, in check order; a hash and a proof problem are both about single
// events, so the one earlier in the bundle is the first bad event.
const RANK: Record<BundleCheckName, number> = { format: 0, publicKey: 1, signature: 2, eventHashes: 3, inclusionProofs: 3, order: 4, streams: 5, manifest: 6 };

function firstOf(problems: readonly { problem: BundleProblem; rank: number }[]): BundleProblem | null {
  const sorted = [...problems].sort((a, b) => a.rank - b.rank || (a.problem.position ?? Infinity) - (b.problem.position ?? Infinity));
  return sorted[0]?.problem ?? null;
}

function checkKey(bundle: EvidenceBundle, key: KeyObject, pinned: KeyObject | null): CheckResult {
  const fingerprint = fingerprintOf(key);
  const mismatch = (detail: string): CheckResult => ({ problem: { reason: 'KEY_MISMATCH', detail }, passDetail: '' });
  if (pinned && !pinned.equals(key)) {
    return mismatch(`the bundle is signed by ${fingerprint}, not by the given key ${fingerprintOf(pinned)}`);
  }
  if (bundle.publicKey.fingerprint !== fingerprint) return mismatch(`publicKey.fingerprint ${bundle.publicKey.fingerprint} is not the key's fingerprint ${fingerprint}`);
  if (bundle.checkpoint.logId !== fingerprint) return mismatch(`checkpoint.logId ${bundle.checkpoint.logId} is not the key's fingerprint ${fingerprint}`);
  return {
    problem: null,
    passDetail: pinned ? `${fingerprint}, the key given` : `${fingerprint} (not pinned: compare it with the published key, or pass the public key)`,
  };
}

function checkSignatures(bundle: EvidenceBundle, key: KeyObject): CheckResult {
  const invalid = (detail: string): CheckResult => ({ problem: { reason: 'SIGNATURE_INVALID', detail }, passDetail: '' });
  if (!verifyCanonical(bundle.checkpoint, bundle.checkpointSignature, key)) {
    return invalid('the checkpoint signature does not verify: the tree head (size, root, time, log id or store) is not what was signed');
  }
  if (!verifyCanonical(statementOf(bundle), bundle.statementSignature, key)) {
    return invalid('the statement signature does not verify: the checkpoint, upTo or manifest is not what was signed');
  }
  return { problem: null, passDetail: `checkpoint of size ${bundle.checkpoint.treeSize} and statement signed by ${bundle.publicKey.fingerprint}` };
}

const at = (entry: unknown, position: number): Omit<BundleProblem, 'reason' | 'detail'> => {
  const event = isRecord(entry) && isRecord(entry.event) ? entry.event : {};
  return {
    eventId: typeof event.eventId === 'string' ? event.eventId : undefined,
    streamId: typeof event.streamId === 'string' ? event.streamId : undefined,
    streamVersion: typeof event.streamVersion === 'number' ? event.streamVersion : undefined,
    leafIndex: isRecord(entry) && typeof entry.leafIndex === 'number' ? entry.leafIndex : undefined,
    position,
  };
};

// Each event on its own: well formed, hashing to its hash, and at its leaf in the signed tree.
function checkEvents(bundle: EvidenceBundle): { hashes: CheckResult; proofs: CheckResult } {
  let hashProblem: BundleProblem | null = null;
  let proofProblem: BundleProblem | null = null;
  const root = Buffer.from(bundle.checkpoint.rootHash, 'hex');
  for (const [position, entry] of (bundle.events as unknown[]).entries()) {
    const shape = bundledEventProblem(entry);
    if (shape) {
      hashProblem ??= { reason: 'MALFORMED_EVENT', detail: `event at position ${position}: ${shape}`, ...at(entry, position) };
      continue;
    }
    const { event, leafIndex, inclusionPath } = entry as BundledEvent;
    const recomputed = hashEvent(event);
    if (recomputed !== event.hash) {
      hashProblem ??= {
        reason: 'HASH_MISMATCH',
        detail: `event ${event.eventId} (${event.streamId} v${event.streamVersion}) states hash ${event.hash.slice(0, 12)}…, its content hashes to ${recomputed.slice(0, 12)}…`,
        ...at(entry, position),
      };
      continue;
    }
    const proven = verifyInclusion(
      leafIndex,
      bundle.checkpoint.treeSize,
      leafHash(Buffer.from(event.hash, 'hex')),
      inclusionPath.map((h) => Buffer.from(h, 'hex')),
      root,
    );
    if (!proven) {
      proofProblem ??= {
        reason: 'NOT_IN_LOG',
        detail: `event ${event.eventId} (${event.streamId} v${event.streamVersion}) is not leaf ${leafIndex} of the signed tree of size ${bundle.checkpoint.treeSize}: its inclusion path does not lead to the signed root`,
        ...at(entry, position),
      };
    }
    if (hashProblem && proofProblem) break;
  }
  const n = bundle.events.length;
  return {
    hashes: { problem: hashProblem, passDetail: `all ${n} events hash to their stated hash` },
    proofs: { problem: proofProblem, passDetail: `all ${n} events are in the signed log at their leaf index` },
  };
}

// Every event is authentic now, so leaf indices can be trusted: the list must be in log order.
function checkOrder(entries: readonly BundledEvent[]): CheckResult {
  const firstAt = new Map<number, number>();
  for (const [position, entry] of entries.entries()) {
    const earlier = firstAt.get(entry.leafIndex);
    if (earlier !== undefined) {
      return {
        problem: { reason: 'EXTRA_EVENT', detail: `event ${entry.event.eventId} (leaf ${entry.leafIndex}) appears twice, at positions ${earlier} and ${position}`, ...at(entry, position) },
        passDetail: '',
      };
    }
    firstAt.set(entry.leafIndex, position);
  }
  const sorted = [...entries].sort((a, b) => a.leafIndex - b.leafIndex);
  const position = entries.findIndex((entry, i) => entry !== sorted[i]);
  if (position >= 0) {
    const entry = entries[position];
    const belongs = sorted[position];
    return {
      problem: {
        reason: 'ORDER_CHANGED',
        detail: `event ${entry.event.eventId} (leaf ${entry.leafIndex}) stands at position ${position}, where event ${belongs.event.eventId} (leaf ${belongs.leafIndex}) belongs: the events are not in log order`,
        ...at(entry, position),
      },
      passDetail: '',
    };
  }
  return { problem: null, passDetail: 'the events are in log order' };
}

// In log order: each requested stream's versions run 0, 1, 2… with each prevHash the hash before it,
// and end where the signed manifest says the stream ended.
function checkStreams(bundle: EvidenceBundle): { chains: CheckResult; completeness: CheckResult | null } {
  const manifest = new Map<string, StreamManifest>(bundle.manifest.map((m) => [m.streamId, m]));
  const heads = new Map<string, { version: number; hash: string; eventId: string }>();
  const upToMs = bundle.upTo === null ? Infinity : Date.parse(bundle.upTo);
  // A broken chain leaves the completeness check without meaning: it is skipped.
  const broken = (problem: BundleProblem) => ({ chains: { problem, passDetail: '' }, completeness: null });
  for (const [position, entry] of bundle.events.entries()) {
    const event = entry.event;
    const where = at(entry, position);
    const stated = manifest.get(event.streamId);
    if (!stated) {
      return broken({ reason: 'EXTRA_EVENT', detail: `event ${event.eventId} belongs to ${event.streamId}, a stream the signed manifest does not list`, ...where });
    }
    if (Date.parse(event.recordedAt) > upToMs) {
      return broken({ reason: 'EXTRA_EVENT', detail: `event ${event.eventId} was recorded at ${event.recordedAt}, after the bundle's upTo ${bundle.upTo}`, ...where });
    }
    if (event.streamVersion > stated.lastVersion) {
      return broken({
        reason: 'EXTRA_EVENT',
        detail: `event ${event.eventId} is version ${event.streamVersion} of ${event.streamId}; the signed manifest ends that stream at version ${stated.lastVersion}`,
        ...where,
      });
    }
    const head = heads.get(event.streamId);
    const expected = head ? head.version + 1 : 0;
    if (event.streamVersion > expected) {
      return broken({
        reason: 'EVENT_MISSING',
        detail:
          `version ${expected} of ${event.streamId} is missing: the bundle goes from ${head ? `version ${head.version}` : 'the start'} to version ` +
          `${event.streamVersion} (event ${event.eventId}), whose prevHash ${event.prevHash.slice(0, 12)}… names the missing event`,
        streamId: event.streamId,
        streamVersion: expected,
      });
    }
    if (event.streamVersion < expected) {
      return broken({
        reason: 'EXTRA_EVENT',
        detail: `event ${event.eventId} is a second version ${event.streamVersion} of ${event.streamId} (the first is event ${head?.eventId})`,
        ...where,
      });
    }
    const expectedPrev = head ? head.hash : GENESIS_HASH;
    if (event.prevHash !== expectedPrev) {
      return broken({
        reason: 'PREV_HASH_MISMATCH',
        detail: `event ${event.eventId} (${event.streamId} v${event.streamVersion}) has prevHash ${event.prevHash.slice(0, 12)}…, the hash of version ${expected - 1} is ${expectedPrev.slice(0, 12)}…`,
        ...where,
      });
    }
    heads.set(event.streamId, { version: event.streamVersion, hash: event.hash, eventId: event.eventId });
  }
  const done: CheckResult = { problem: null, passDetail: "every stream's versions run from 0 without a gap, each linked to the one before by prevHash" };
  for (const stated of bundle.manifest) {
    const have = heads.get(stated.streamId)?.version ?? -1;
    if (have < stated.lastVersion) {
      return {
        chains: done,
        completeness: {
          problem: {
            reason: 'EVENT_MISSING',
            detail: `the signed manifest says ${stated.streamId} has ${stated.eventCount} events (versions 0 to ${stated.lastVersion}); the bundle ends it at ${have < 0 ? 'no event' : `version ${have}`}`,
            streamId: stated.streamId,
            streamVersion: have + 1,
          },
          passDetail: '',
        },
      };
    }
  }
  return { chains: done, completeness: { problem: null, passDetail: `each of the ${bundle.manifest.length} streams holds exactly the events the signed manifest states` } };
}
