import type Database from 'better-sqlite3';

export const APPEND_ONLY_MESSAGE = 'schakel events are append-only';

// global_position is the rowid: AUTOINCREMENT so a position is never handed out twice. Appends take
// the write lock (BEGIN IMMEDIATE) before they read the head, so positions commit in order and a
// reader of `global_position > ?` can never skip a row that commits later.
// occurred_at / recorded_at keep the exact strings that were hashed; recorded_at is always
// Date#toISOString (fixed width), so comparing it as text orders it in time.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  global_position INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id       TEXT    NOT NULL,
  stream_version  INTEGER NOT NULL,
  event_id        TEXT    NOT NULL UNIQUE,
  type            TEXT    NOT NULL,
  schema_version  INTEGER NOT NULL,
  data            TEXT    NOT NULL,
  occurred_at     TEXT    NOT NULL,
  recorded_at     TEXT    NOT NULL,
  actor           TEXT    NOT NULL,
  correlation_id  TEXT    NOT NULL,
  causation_id    TEXT,
  prev_hash       TEXT    NOT NULL,
  hash            TEXT    NOT NULL,
  UNIQUE (stream_id, stream_version)
);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY_MESSAGE}'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY_MESSAGE}'); END;
`;

export type SqliteSynchronous = 'FULL' | 'NORMAL';

/** Connection settings and the schema; safe to run from several processes at once. */
export function prepareDatabase(db: Database.Database, synchronous: SqliteSynchronous): void {
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  // IMMEDIATE: two processes opening a fresh file create the schema one after the other.
  db.transaction(() => db.exec(SCHEMA)).immediate();
}
