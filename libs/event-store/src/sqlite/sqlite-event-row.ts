import type { Actor, LoggedEvent, StoredEvent } from '../envelope';

export const EVENT_COLUMNS =
  'global_position, stream_id, stream_version, event_id, type, schema_version, data, occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash';

/** A row of EVENT_COLUMNS as better-sqlite3 returns it in raw (array) mode: no per-row key objects. */
export type EventRow = [
  globalPosition: number,
  streamId: string,
  streamVersion: number,
  eventId: string,
  type: string,
  schemaVersion: number,
  data: string,
  occurredAt: string,
  recordedAt: string,
  actor: string,
  correlationId: string,
  causationId: string | null,
  prevHash: string,
  hash: string,
];

// A value altered behind the store may no longer be JSON. Keeping the raw text lets verify report the
// event as HASH_MISMATCH at its position instead of failing the whole read.
function parseStoredJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// Two literal mappers rather than one plus a spread: readAll maps thousands of rows per page.
export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row[3],
    type: row[4],
    schemaVersion: row[5],
    data: parseStoredJson(row[6]),
    occurredAt: row[7],
    actor: parseStoredJson(row[9]) as Actor,
    correlationId: row[10],
    causationId: row[11],
    streamId: row[1],
    streamVersion: row[2],
    globalPosition: row[0],
    recordedAt: row[8],
    prevHash: row[12],
    hash: row[13],
  };
}

export function toLoggedEvent(row: EventRow): LoggedEvent {
  return {
    eventId: row[3],
    type: row[4],
    schemaVersion: row[5],
    data: parseStoredJson(row[6]),
    occurredAt: row[7],
    actor: parseStoredJson(row[9]) as Actor,
    correlationId: row[10],
    causationId: row[11],
    streamId: row[1],
    streamVersion: row[2],
    globalPosition: row[0],
    recordedAt: row[8],
    prevHash: row[12],
    hash: row[13],
    checkpoint: String(row[0]),
  };
}
