import { sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '@schakel/event-store';
import { fingerprintOf, type SigningKey } from './signing-key';

/** The tree head of the global log: what a signature vouches for. */
export interface TreeHead {
  /** Number of events (leaves) the tree covers: the first treeSize events of the log. */
  readonly treeSize: number;
  /** MTH of those leaves, lowercase hex. */
  readonly rootHash: string;
  /** When the head was signed (ISO-8601, UTC). */
  readonly issuedAt: string;
  /** The fingerprint of the signing key (`ed25519:…`). */
  readonly logId: string;
  /** The store the log was read from ('sqlite', 'postgres', 'kurrentdb'). */
  readonly store: string;
}

export interface SignedTreeHead {
  readonly checkpoint: TreeHead;
  /** Ed25519 over the canonical JSON (RFC 8785) of the checkpoint, base64. */
  readonly signature: string;
}

/** Ed25519 over the RFC 8785 canonical JSON of `value`, base64. */
export function signCanonical(value: unknown, key: SigningKey): string {
  return sign(null, Buffer.from(canonicalJson(value), 'utf8'), key.privateKey).toString('base64');
}

/**
 * Whether `signature` is this key's Ed25519 signature over the canonical JSON of `value`. Only the
 * canonical base64 of 64 bytes counts: base64 with other padding bits decodes to the same bytes, and
 * a changed byte must never pass.
 */
export function verifyCanonical(value: unknown, signature: string, publicKey: KeyObject): boolean {
  if (typeof signature !== 'string') return false;
  const bytes = Buffer.from(signature, 'base64');
  if (bytes.length !== 64 || bytes.toString('base64') !== signature) return false;
  try {
    return verify(null, Buffer.from(canonicalJson(value), 'utf8'), publicKey, bytes);
  } catch {
    return false;
  }
}

/** Signs a tree head of `treeSize` leaves with root `rootHash`, as the log `key` vouches for. */
export function signTreeHead(head: Omit<TreeHead, 'logId'>, key: SigningKey): SignedTreeHead {
  // A fixed field order, so the same head always serialises to the same bytes.
  const checkpoint: TreeHead = {
    treeSize: head.treeSize,
    rootHash: head.rootHash,
    issuedAt: head.issuedAt,
    logId: fingerprintOf(key.publicKey),
    store: head.store,
  };
  return { checkpoint, signature: signCanonical(checkpoint, key) };
}
