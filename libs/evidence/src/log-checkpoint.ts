import { createHash, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@schakel/event-store';
import { signCanonical, verifyCanonical, type TreeHead } from './signed-checkpoint';
import { fingerprintOf, type SigningKey } from './signing-key';

/**
 * The stream, in the log itself, that keeps the chain of log checkpoints (ADR 0008). One fixed id
 * per installation: its hash chain links every checkpoint to the one before.
 */
export const LOG_CHECKPOINT_STREAM = 'logcheckpoint-00000000-0000-0000-0000-000000000000';
export const LOG_CHECKPOINT_SIGNED = 'LogCheckpointSigned';

/** A tree head of the global log that also names the checkpoint before it. */
export interface LogCheckpoint extends TreeHead {
  /** SHA-256 (hex) of the previous signed checkpoint (checkpointHash), null for the first. */
  readonly previous: string | null;
}

export interface SignedLogCheckpoint {
  readonly checkpoint: LogCheckpoint;
  /** Ed25519 over the canonical JSON of `checkpoint`, base64. */
  readonly signature: string;
}

/** SHA-256 (hex) over the canonical JSON of a signed checkpoint: what the next one names as `previous`. */
export function checkpointHash(signed: SignedLogCheckpoint): string {
  return createHash('sha256').update(canonicalJson({ checkpoint: signed.checkpoint, signature: signed.signature })).digest('hex');
}

/** Signs the head of the first `treeSize` events, chained to `previous`. */
export function signLogCheckpoint(
  head: { treeSize: number; rootHash: string; issuedAt: string; store: string },
  previous: SignedLogCheckpoint | null,
  key: SigningKey,
): SignedLogCheckpoint {
  // A fixed field order, so the same checkpoint always serialises to the same bytes.
  const checkpoint: LogCheckpoint = {
    treeSize: head.treeSize,
    rootHash: head.rootHash,
    issuedAt: head.issuedAt,
    logId: fingerprintOf(key.publicKey),
    store: head.store,
    previous: previous ? checkpointHash(previous) : null,
  };
  return { checkpoint, signature: signCanonical(checkpoint, key) };
}

/** A checkpoint as JSON (an event's data, a witness line, a request body) back to its type; null when it is not one. */
export function parseSignedLogCheckpoint(value: unknown): SignedLogCheckpoint | null {
  if (!isRecord(value) || typeof value.signature !== 'string' || !isRecord(value.checkpoint)) return null;
  const c = value.checkpoint;
  const ok =
    Number.isSafeInteger(c.treeSize) &&
    (c.treeSize as number) >= 0 &&
    typeof c.rootHash === 'string' &&
    /^[0-9a-f]{64}$/.test(c.rootHash) &&
    typeof c.issuedAt === 'string' &&
    typeof c.logId === 'string' &&
    typeof c.store === 'string' &&
    (c.previous === null || (typeof c.previous === 'string' && /^[0-9a-f]{64}$/.test(c.previous))) &&
    Object.keys(c).length === 6 &&
    Object.keys(value).length === 2;
  if (!ok) return null;
  const checkpoint: LogCheckpoint = {
    treeSize: c.treeSize as number,
    rootHash: c.rootHash as string,
    issuedAt: c.issuedAt as string,
    logId: c.logId as string,
    store: c.store as string,
    previous: c.previous as string | null,
  };
  return { checkpoint, signature: value.signature };
}

/** Whether `publicKey` signed this checkpoint (and it names that key as its log). */
export function isSignedBy(signed: SignedLogCheckpoint, publicKey: KeyObject): boolean {
  return signed.checkpoint.logId === fingerprintOf(publicKey) && verifyCanonical(signed.checkpoint, signed.signature, publicKey);
}

/** How a checkpoint is named in a report: which one, what it covered, when. */
export function describeCheckpoint(signed: SignedLogCheckpoint, index?: number): string {
  const c = signed.checkpoint;
  return `${index === undefined ? 'checkpoint' : `checkpoint #${index + 1}`} of size ${c.treeSize} (root ${c.rootHash.slice(0, 12)}…, issued ${c.issuedAt})`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
