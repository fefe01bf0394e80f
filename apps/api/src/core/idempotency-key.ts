import { createHash } from 'node:crypto';
import { canonicalJson } from '@schakel/event-store';
import type { Caller } from '@schakel/infrastructure';
import { badInput, conflict } from '@schakel/application';

/** 8 to 200 characters of letters, digits and `.`, `_`, `:`, `-`. */
export const IDEMPOTENCY_KEY_FORMAT = /^[A-Za-z0-9._:-]{8,200}$/;

/**
 * An Idempotency-Key as the write side uses it. `scope` binds the client's key to the caller and
 * to the mutation's place in the request, so another caller's equal key is another key; ids and event
 * ids derive from it. `requestId` fingerprints the request body and is stored as the events'
 * causationId, so a retry can be told apart from a different request under the same key.
 */
export interface IdempotencyKey {
  readonly scope: string;
  readonly requestId: string;
}

/**
 * The key of a request: null without the header, BAD_USER_INPUT IDEMPOTENCY_KEY_INVALID for a
 * malformed one (silently ignoring it would turn a retry into a second write).
 */
export function idempotencyKeyOf(header: string | undefined, caller: Caller, fieldPosition: string, body: unknown): IdempotencyKey | null {
  if (header === undefined) return null;
  if (!IDEMPOTENCY_KEY_FORMAT.test(header)) {
    throw badInput('IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key must be 8 to 200 characters of A-Z, a-z, 0-9 and . _ : -');
  }
  const scope = sha256Hex(['idempotency', caller.userId, caller.partyId ?? '', header, fieldPosition].join('\u0000'));
  return { scope, requestId: nameBasedUuid(`${scope}\u0000request\u0000${sha256Hex(canonicalJson(body ?? null))}`) };
}

/** A UUID (version 8, name-based on SHA-256) for the index-th thing `purpose` makes under the key. */
export function idempotentId(key: IdempotencyKey, purpose: string, index: number): string {
  return nameBasedUuid(`${key.scope}\u0000${purpose}\u0000${index}`);
}

/** The same key came with another request: CONFLICT, nothing written. */
export function idempotencyKeyReused(): Error {
  return conflict(
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was used before for a different request; send a new key for a new request.',
  );
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function nameBasedUuid(name: string): string {
  const hex = sha256Hex(name).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
