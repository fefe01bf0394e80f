import type { QueryConfig } from 'pg';
import type { Actor, LoggedEvent, StoredEvent } from '../envelope';
import type { SealedEvent } from '../hashing';
import { encodeCheckpoint, type GlobalOrderKey } from './postgres-checkpoint';

// Named statements: pg prepares each once per connection, later calls only bind and execute.

// The text form of transaction_id gets a name of its own: an output column called transaction_id
// would capture `ORDER BY transaction_id` and sort the log as text ('10000' < '9999').
const COLUMNS = `global_position, transaction_id::text AS transaction_text, stream_id, stream_version, event_id,
  type, schema_version, data, occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash`;

export interface EventRow {
  global_position: string;
  transaction_text: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  occurred_at: string;
  recorded_at: Date;
  actor: Actor;
  correlation_id: string;
  causation_id: string | null;
  prev_hash: string;
  hash: string;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    // SQL NULL stands for an undefined payload; JSON null is stored as the json text 'null'.
    data: row.data === null ? undefined : row.data,
    occurredAt: row.occurred_at,
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: Number(row.global_position),
    // Written from a millisecond ISO string, so toISOString() gives back the exact hashed text.
    recordedAt: row.recorded_at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

// The same fields as toStoredEvent plus the checkpoint, written out: no spread per row of a page.
export function toLoggedEvent(row: EventRow): LoggedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data === null ? undefined : row.data,
    occurredAt: row.occurred_at,
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: Number(row.global_position),
    recordedAt: row.recorded_at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
    checkpoint: encodeCheckpoint(row.transaction_text, row.global_position),
  };
}

// A page of the global log in subscriber order. Only transactions older than the snapshot's xmin
// (the oldest transaction still running anywhere in the cluster) are read: every one of them has
// ended, and any transaction that commits later has an id >= xmin, so it sorts after everything
// returned here. Identity values are handed out at insert, not at commit, so ordering by
// global_position alone would let a reader pass a row whose transaction commits later.
// xid8 (64-bit, never wraps) has comparison operators and a btree opclass since PostgreSQL 13, so
// the row comparison below is an index range scan on (transaction_id, global_position); the
// checkpoint's transaction id is passed as text and cast to xid8 explicitly.
export const readAllStatement = (after: GlobalOrderKey, limit: number): QueryConfig => ({
  name: 'schakel_read_all',
  text: `SELECT ${COLUMNS} FROM schakel_events AS e
    WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
      AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY e.transaction_id, e.global_position
    LIMIT $3`,
  values: [after.transactionId, after.globalPosition, limit],
});

export interface HeldBackRow {
  held_back: boolean;
  // The snapshot's xmax: once the horizon reaches it, every row committed by now is readable.
  xmax: string;
}

// Whether rows after the checkpoint have committed but sit behind a still-running older transaction.
export const heldBackStatement = (after: GlobalOrderKey): QueryConfig => ({
  name: 'schakel_held_back',
  text: `SELECT EXISTS (
      SELECT 1 FROM schakel_events AS e
      WHERE e.transaction_id >= pg_snapshot_xmin(pg_current_snapshot())
        AND (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
    ) AS held_back, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`,
  values: [after.transactionId, after.globalPosition],
});

// True once every transaction that was running (or not yet begun) at `xmax` has ended.
export const horizonPassedStatement = (xmax: string): QueryConfig => ({
  name: 'schakel_horizon_passed',
  text: 'SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8 AS passed',
  values: [xmax],
});

const MAX_VERSION = 2_147_483_647;

export const readStreamStatement = (
  streamId: string,
  fromVersion: number,
  toVersion: number | undefined,
  recordedBefore: string | undefined,
): QueryConfig => ({
  name: 'schakel_read_stream',
  text: `SELECT ${COLUMNS} FROM schakel_events
    WHERE stream_id = $1 AND stream_version >= $2 AND stream_version <= $3
      AND ($4::timestamptz IS NULL OR recorded_at <= $4::timestamptz)
    ORDER BY stream_version`,
  values: [streamId, fromVersion, Math.min(toVersion ?? MAX_VERSION, MAX_VERSION), recordedBefore ?? null],
});

export const eventsByIdStatement = (eventIds: readonly string[]): QueryConfig => ({
  name: 'schakel_events_by_id',
  text: `SELECT ${COLUMNS} FROM schakel_events WHERE event_id = ANY($1::uuid[]) ORDER BY stream_id, stream_version`,
  values: [eventIds],
});

export const streamVersionStatement = (streamId: string): QueryConfig => ({
  name: 'schakel_stream_version',
  text: 'SELECT coalesce(max(stream_version), -1) AS version FROM schakel_events WHERE stream_id = $1',
  values: [streamId],
});

/** The highest global position: the log's size, give or take the positions rolled-back appends took. */
export const highestPositionStatement: QueryConfig = {
  name: 'schakel_highest_position',
  text: 'SELECT coalesce(max(global_position), 0)::bigint AS position FROM schakel_events',
};

export interface HeadRow {
  head_version: number | null;
  head_hash: string | null;
  head_recorded_at: Date | null;
  // Stream that already holds the append's first eventId, when any.
  existing_stream: string | null;
}

// The stream's head, and whether the append's first eventId is stored already (a retry).
export const headStatement = (streamId: string, firstEventId: string): QueryConfig => ({
  name: 'schakel_head',
  text: `SELECT h.stream_version AS head_version, h.hash AS head_hash, h.recorded_at AS head_recorded_at,
      (SELECT e.stream_id FROM schakel_events e WHERE e.event_id = $2::uuid) AS existing_stream
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT stream_version, hash, recorded_at FROM schakel_events
      WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1
    ) AS h ON true`,
  values: [streamId, firstEventId],
});

export interface AppendRow extends HeadRow {
  // Global positions of the inserted events in version order; null when the guard refused.
  positions: string[] | null;
}

// The whole append in one statement (one round trip): it reads the head, inserts the sealed batch
// only if the head is still the (version, hash) the batch was sealed on and the first eventId is
// new, and returns the positions, or else the actual head and the stream holding the eventId.
// Two writers sealed on the same head both pass the guard in their snapshots; the unique
// (stream_id, stream_version) index then makes the later one fail with 23505.
// The batch travels as parallel arrays and is inserted in version order, so global_position
// follows stream_version inside a transaction.
export function appendStatement(
  streamId: string,
  head: { version: number; hash: string | null },
  sealed: readonly SealedEvent[],
): QueryConfig {
  const column = <T>(pick: (e: SealedEvent) => T): T[] => sealed.map(pick);
  return {
    name: 'schakel_append',
    text: `WITH head AS (
        SELECT stream_version, hash, recorded_at FROM schakel_events
        WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 1
      ), existing AS (
        SELECT stream_id FROM schakel_events WHERE event_id = ($4::uuid[])[1]
      ), allowed AS (
        SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM existing)
          AND coalesce((SELECT stream_version FROM head), -1) = $2
          AND (SELECT hash FROM head) IS NOT DISTINCT FROM $3
      ), inserted AS (
        INSERT INTO schakel_events (stream_id, stream_version, event_id, type, schema_version, data,
          occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash)
        SELECT $1, $2 + e.ord::integer, e.event_id, e.type, e.schema_version, e.data,
          e.occurred_at, $5::timestamptz, e.actor, e.correlation_id, e.causation_id, e.prev_hash, e.hash
        FROM unnest($4::uuid[], $6::text[], $7::integer[], $8::json[], $9::text[], $10::json[],
                    $11::text[], $12::text[], $13::text[], $14::text[])
          WITH ORDINALITY AS e(event_id, type, schema_version, data, occurred_at, actor,
                               correlation_id, causation_id, prev_hash, hash, ord)
        WHERE EXISTS (SELECT 1 FROM allowed)
        ORDER BY e.ord
        RETURNING stream_version, global_position
      )
      SELECT (SELECT array_agg(global_position ORDER BY stream_version) FROM inserted)::text[] AS positions,
        (SELECT stream_version FROM head) AS head_version,
        (SELECT hash FROM head) AS head_hash,
        (SELECT recorded_at FROM head) AS head_recorded_at,
        (SELECT stream_id FROM existing) AS existing_stream`,
    values: [
      streamId,
      head.version,
      head.hash,
      column((e) => e.eventId),
      sealed[0].recordedAt,
      column((e) => e.type),
      column((e) => e.schemaVersion),
      column((e) => (e.data === undefined ? null : JSON.stringify(e.data))),
      column((e) => e.occurredAt),
      column((e) => JSON.stringify(e.actor)),
      column((e) => e.correlationId),
      column((e) => e.causationId),
      column((e) => e.prevHash),
      column((e) => e.hash),
    ],
  };
}
