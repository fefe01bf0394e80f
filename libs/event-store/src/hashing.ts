import * as crypto from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { NewEvent, StoredEvent } from './envelope';

/** The prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

type Hashed = Omit<StoredEvent, 'hash' | 'globalPosition'>;

// The fields a hash covers, the envelope without `hash` and without the store's own globalPosition,
// in RFC 8785 key order (sorted by UTF-16 code units): the top level is written without sorting.
const HASHED_FIELDS = [
  'actor',
  'causationId',
  'correlationId',
  'data',
  'eventId',
  'occurredAt',
  'prevHash',
  'recordedAt',
  'schemaVersion',
  'streamId',
  'streamVersion',
  'type',
] as const satisfies readonly (keyof Hashed)[];
const QUOTED_FIELDS = HASHED_FIELDS.map((field) => JSON.stringify(field) + ':');

/** The RFC 8785 canonical JSON of the hashed fields; equal to canonicalJson of an object holding just them. */
function canonicalEventJson(event: Hashed): string {
  let out = '{';
  for (let i = 0; i < HASHED_FIELDS.length; i++) {
    const value = event[HASHED_FIELDS[i]];
    if (value === undefined) continue;
    if (out.length > 1) out += ',';
    out += QUOTED_FIELDS[i];
    out += canonicalJson(value);
  }
  return out + '}';
}

// One-shot hashing (Node >= 20.12) skips the Hash object; older runtimes take createHash.
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => (crypto as unknown as { hash(algorithm: string, data: string, encoding: 'hex'): string }).hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text).digest('hex');

/** SHA-256 (hex) over the RFC 8785 canonical JSON of the hashed fields. */
export function hashEvent(event: Hashed): string {
  return sha256Hex(canonicalEventJson(event));
}

export type SealedEvent = Omit<StoredEvent, 'globalPosition'>;

/**
 * Gives new events their versions, recordedAt and chained hashes, after the stream's head.
 * Adapters call this inside the transaction that holds the head.
 */
export function sealEvents(
  streamId: string,
  head: { version: number; hash: string },
  events: readonly NewEvent[],
  recordedAt: string,
): SealedEvent[] {
  let prevHash = head.hash;
  const sealed = new Array<SealedEvent>(events.length);
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    // One object per event, its hash filled in last (the hash covers every field but itself).
    const next: { -readonly [K in keyof SealedEvent]: SealedEvent[K] } = {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      occurredAt: event.occurredAt,
      actor: event.actor,
      correlationId: event.correlationId,
      causationId: event.causationId,
      streamId,
      streamVersion: head.version + 1 + i,
      recordedAt,
      prevHash,
      hash: '',
    };
    next.hash = hashEvent(next);
    prevHash = next.hash;
    sealed[i] = next;
  }
  return sealed;
}
