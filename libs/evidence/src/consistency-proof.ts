import type { KeyObject } from 'node:crypto';
import type { EventStore } from '@schakel/event-store';
import { BUNDLE_FORMAT, type BundlePublicKey } from './bundle-format';
import { isHexHash, isRecord } from './bundle-shape';
import { BrokenLogError, InvalidBundleRequestError } from './evidence-errors';
import { parseSignedLogCheckpoint } from './log-checkpoint';
import { verifyConsistency } from './merkle-tree';
import { readLog } from './read-log';
import { signTreeHead, verifyCanonical, type TreeHead } from './signed-checkpoint';
import { fingerprintOf, parsePublicKeyPem, publicKeyOf, type SigningKey } from './signing-key';

const CONSISTENCY_PROOF_FORMAT = 'schakel-consistency-proof/1';

/**
 * RFC 6962 §2.1.2 PROOF(m, D[n]) as a file: the log of `from.treeSize` events (with root
 * `from.rootHash`) is a prefix of the log of `to.treeSize` events, whose head the platform signed.
 */
export interface ConsistencyProofFile {
  readonly format: typeof CONSISTENCY_PROOF_FORMAT;
  readonly publicKey: BundlePublicKey;
  readonly from: { readonly treeSize: number; readonly rootHash: string };
  readonly to: TreeHead;
  /** Ed25519 over the canonical JSON of `to`, base64: the same signature a bundle's checkpoint has. */
  readonly toSignature: string;
  /** Lowercase hex, in the RFC's order. */
  readonly proof: readonly string[];
}

export interface CreateConsistencyProofOptions {
  readonly store: Pick<EventStore, 'kind' | 'readAll'>;
  readonly fromSize: number;
  /** Default: the whole log as it is now. */
  readonly toSize?: number | null;
  readonly signingKey: SigningKey;
  readonly now: Date;
}

/** Reads the log, and proves its first `fromSize` events are a prefix of its first `toSize`; signs the larger head. */
export async function createConsistencyProof(options: CreateConsistencyProofOptions): Promise<ConsistencyProofFile> {
  const log = await readLog(options.store);
  if (log.failure) throw new BrokenLogError(log.failure);
  const size = log.tree.size;
  const toSize = options.toSize ?? size;
  const { fromSize } = options;
  if (!Number.isSafeInteger(toSize) || toSize < 0 || toSize > size) throw new InvalidBundleRequestError(`toSize ${toSize} is not between 0 and the log's ${size} events`);
  if (!Number.isSafeInteger(fromSize) || fromSize < 0 || fromSize > toSize) throw new InvalidBundleRequestError(`fromSize ${fromSize} is not between 0 and toSize ${toSize}`);
  const { checkpoint, signature } = signTreeHead(
    { treeSize: toSize, rootHash: log.tree.root(toSize).toString('hex'), issuedAt: options.now.toISOString(), store: options.store.kind },
    options.signingKey,
  );
  const key = publicKeyOf(options.signingKey);
  return {
    format: CONSISTENCY_PROOF_FORMAT,
    publicKey: { algorithm: 'Ed25519', pem: key.pem, fingerprint: key.fingerprint },
    from: { treeSize: fromSize, rootHash: log.tree.root(fromSize).toString('hex') },
    to: checkpoint,
    toSignature: signature,
    proof: log.tree.consistencyProof(fromSize, toSize).map((h) => h.toString('hex')),
  };
}

export function serializeConsistencyProof(proof: ConsistencyProofFile): string {
  return JSON.stringify(proof, null, 2) + '\n';
}

export type ConsistencyProblemReason = 'FORMAT' | 'KEY_MISMATCH' | 'SIGNATURE_INVALID' | 'PROOF_MISMATCH' | 'NOT_CONSISTENT';

export interface ConsistencyVerification {
  readonly ok: boolean;
  readonly reason: ConsistencyProblemReason | null;
  readonly detail: string;
  readonly from: { readonly treeSize: number; readonly rootHash: string } | null;
  readonly to: { readonly treeSize: number; readonly rootHash: string } | null;
}

/** A signed tree head taken from a bundle, a consistency proof file (its `to`) or a witness line. */
interface SignedHead {
  readonly what: string;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly logId: string;
  /** The key the document carries, if any. */
  readonly pem: string | null;
  readonly signed: unknown;
  readonly signature: string;
}

function signedHeadOf(document: unknown, what: string): SignedHead | string {
  if (!isRecord(document)) return `${what} is not a JSON object`;
  if (document.format === BUNDLE_FORMAT || document.format === CONSISTENCY_PROOF_FORMAT) {
    const head = document.format === BUNDLE_FORMAT ? document.checkpoint : document.to;
    const signature = document.format === BUNDLE_FORMAT ? document.checkpointSignature : document.toSignature;
    const key = document.publicKey;
    if (!isRecord(head) || typeof signature !== 'string' || !isRecord(key) || typeof key.pem !== 'string') return `${what} has no signed tree head`;
    if (!Number.isSafeInteger(head.treeSize) || !isHexHash(head.rootHash) || typeof head.logId !== 'string') return `${what}'s tree head is malformed`;
    return { what, treeSize: head.treeSize as number, rootHash: head.rootHash, logId: head.logId, pem: key.pem, signed: head, signature };
  }
  const checkpoint = parseSignedLogCheckpoint(document);
  if (checkpoint) {
    const c = checkpoint.checkpoint;
    return { what, treeSize: c.treeSize, rootHash: c.rootHash, logId: c.logId, pem: null, signed: c, signature: checkpoint.signature };
  }
  return `${what} is neither an evidence bundle, a consistency proof nor a log checkpoint`;
}

/**
 * Offline: does `newer` (a bundle or a consistency proof) extend `older` (a bundle, a proof or a
 * witness's checkpoint)? Both heads must be signed by the same key (the given one, when given),
 * and `proof` (newer itself when it is a proof file) must lead from the older root to the newer.
 */
export function verifyConsistencyBetween(older: unknown, newer: unknown, proofDocument: unknown | null, options: { publicKeyPem?: string } = {}): ConsistencyVerification {
  const fail = (reason: ConsistencyProblemReason, detail: string, from: SignedHead | null = null, to: SignedHead | null = null): ConsistencyVerification => ({
    ok: false,
    reason,
    detail,
    from: from && { treeSize: from.treeSize, rootHash: from.rootHash },
    to: to && { treeSize: to.treeSize, rootHash: to.rootHash },
  });
  const pinned = options.publicKeyPem === undefined ? null : parsePublicKeyPem(options.publicKeyPem);
  const from = signedHeadOf(older, 'the older document');
  if (typeof from === 'string') return fail('FORMAT', from);
  const to = signedHeadOf(newer, 'the newer document');
  if (typeof to === 'string') return fail('FORMAT', to, from);
  const proofFile = proofDocument ?? (isRecord(newer) && newer.format === CONSISTENCY_PROOF_FORMAT ? newer : null);
  if (!isRecord(proofFile) || proofFile.format !== CONSISTENCY_PROOF_FORMAT) return fail('FORMAT', 'no consistency proof: give a proof file as the newer document, or with --proof', from, to);
  const proofFrom = proofFile.from;
  const path = proofFile.proof;
  if (!isRecord(proofFrom) || !Number.isSafeInteger(proofFrom.treeSize) || !isHexHash(proofFrom.rootHash) || !Array.isArray(path) || !path.every(isHexHash)) {
    return fail('FORMAT', 'the consistency proof is malformed', from, to);
  }

  let key: KeyObject;
  const pem = pinned ? null : (to.pem ?? from.pem);
  try {
    key = pinned ?? parsePublicKeyPem(pem ?? '');
  } catch {
    return fail('FORMAT', 'no public key to check the signatures with: pass --public-key', from, to);
  }
  const fingerprint = fingerprintOf(key);
  for (const head of [from, to]) {
    if (head.logId !== fingerprint) return fail('KEY_MISMATCH', `${head.what} is signed for log ${head.logId}, not by the key ${fingerprint}`, from, to);
    if (!verifyCanonical(head.signed, head.signature, key)) return fail('SIGNATURE_INVALID', `${head.what}'s tree head is not what ${fingerprint} signed`, from, to);
  }
  if (proofFrom.treeSize !== from.treeSize || proofFrom.rootHash !== from.rootHash) {
    return fail('PROOF_MISMATCH', `the proof starts from size ${String(proofFrom.treeSize)}, the older document is a tree of size ${from.treeSize} with another root`, from, to);
  }
  const proofTo = proofFile.to;
  if (!isRecord(proofTo) || proofTo.treeSize !== to.treeSize || proofTo.rootHash !== to.rootHash) {
    return fail('PROOF_MISMATCH', `the proof does not end at the newer document's tree of size ${to.treeSize}`, from, to);
  }
  if (from.treeSize > to.treeSize) return fail('NOT_CONSISTENT', `the older tree (size ${from.treeSize}) is larger than the newer (size ${to.treeSize})`, from, to);
  const consistent = verifyConsistency(
    from.treeSize,
    to.treeSize,
    Buffer.from(from.rootHash, 'hex'),
    Buffer.from(to.rootHash, 'hex'),
    (path as string[]).map((h) => Buffer.from(h, 'hex')),
  );
  if (!consistent) {
    return fail('NOT_CONSISTENT', `the log of size ${to.treeSize} does not extend the log of size ${from.treeSize}: the first ${from.treeSize} events were rewritten, removed or reordered`, from, to);
  }
  return {
    ok: true,
    reason: null,
    detail: `the log of size ${to.treeSize} extends the log of size ${from.treeSize}, both heads signed by ${fingerprint}${pinned ? ', the key given' : ' (not pinned)'}`,
    from: { treeSize: from.treeSize, rootHash: from.rootHash },
    to: { treeSize: to.treeSize, rootHash: to.rootHash },
  };
}
