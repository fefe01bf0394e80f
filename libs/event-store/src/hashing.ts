import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { NewEvent, StoredEvent } from './envelope';

/** The prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a hash covers: the envelope without `hash` and without the store's own globalPosition. */
function hashedFields(event: Omit<StoredEvent, 'hash' | 'globalPosition'>): Record<string, unknown> {
  return {
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: event.actor,
    correlationId: event.correlationId,
    causationId: event.causationId,
    prevHash: event.prevHash,
  };
}

/** SHA-256 (hex) over the RFC 8785 canonical JSON of the hashed fields. */
export function hashEvent(event: Omit<StoredEvent, 'hash' | 'globalPosition'>): string {
  return createHash('sha256').update(canonicalJson(hashedFields(event))).digest('hex');
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
  return events.map((event, i) => {
    const unsealed = {
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
    };
    const hash = hashEvent(unsealed);
    prevHash = hash;
    return { ...unsealed, hash };
  });
}
