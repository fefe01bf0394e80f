import type { Pool } from 'pg';
import { isBrokenConnection } from './postgres-errors';

// Channel the append trigger notifies; LISTEN on it only to wake subscribers early.
export const NOTIFY_CHANNEL = 'schakel_events';

// Two-int advisory keys live in their own key space, apart from single-bigint locks other code may take.
const MIGRATION_LOCK = [0x5343484b /* 'SCHK' */, 1] as const;

interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

// Append-only list: a released migration is never edited, a change is a new entry.
const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events table, global order index, append-only and notify triggers',
    sql: `
      CREATE TABLE schakel_events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- The writing transaction: readers order by (transaction_id, global_position) and only read
        -- transactions older than every running one, so a late commit can never be skipped.
        transaction_id  xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       text NOT NULL,
        stream_version  integer NOT NULL CHECK (stream_version >= 0),
        event_id        uuid NOT NULL,
        type            text NOT NULL,
        schema_version  integer NOT NULL,
        -- json, not jsonb: keeps the exact text (jsonb rejects \\u0000 and rewrites numbers).
        data            json,
        -- The caller's string as hashed (any ISO-8601 form).
        occurred_at     text NOT NULL,
        -- Always written with millisecond precision, so it reads back as the hashed ISO string.
        recorded_at     timestamptz NOT NULL,
        actor           json NOT NULL,
        correlation_id  text NOT NULL,
        causation_id    text,
        prev_hash       text NOT NULL,
        hash            text NOT NULL,
        CONSTRAINT schakel_events_stream_version_key UNIQUE (stream_id, stream_version),
        CONSTRAINT schakel_events_event_id_key UNIQUE (event_id)
      );

      CREATE INDEX schakel_events_global_order_idx ON schakel_events (transaction_id, global_position);

      CREATE FUNCTION schakel_events_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'schakel events are append-only: % on schakel_events is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation', HINT = 'append a correcting event instead';
      END $$;

      CREATE TRIGGER schakel_events_no_update_delete BEFORE UPDATE OR DELETE ON schakel_events
        FOR EACH ROW EXECUTE FUNCTION schakel_events_reject_change();
      CREATE TRIGGER schakel_events_no_truncate BEFORE TRUNCATE ON schakel_events
        FOR EACH STATEMENT EXECUTE FUNCTION schakel_events_reject_change();

      -- The column default can be overridden by an explicit value; a wrong transaction id would hide
      -- or misplace a row for subscribers, so the trigger always stamps the real one.
      CREATE FUNCTION schakel_events_stamp_transaction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.transaction_id := pg_current_xact_id();
        RETURN NEW;
      END $$;

      CREATE TRIGGER schakel_events_stamp_transaction BEFORE INSERT ON schakel_events
        FOR EACH ROW EXECUTE FUNCTION schakel_events_stamp_transaction();

      -- Sent at commit, one per transaction; only a hint to wake subscribers, never relied on.
      CREATE FUNCTION schakel_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM inserted_rows) THEN
          PERFORM pg_notify('${NOTIFY_CHANNEL}', '');
        END IF;
        RETURN NULL;
      END $$;

      CREATE TRIGGER schakel_events_notify AFTER INSERT ON schakel_events
        REFERENCING NEW TABLE AS inserted_rows
        FOR EACH STATEMENT EXECUTE FUNCTION schakel_events_notify();
    `,
  },
  {
    version: 2,
    name: 'notify after commit from the writer, not from a trigger in the appending transaction',
    // A NOTIFY in a transaction takes a database-wide lock from before its commit until after it
    // (PostgreSQL orders notifications by commit that way), so every append's commit and fsync waited
    // for the one before: no group commit. Writers now notify after they commit (ADR 0013).
    sql: `
      DROP TRIGGER IF EXISTS schakel_events_notify ON schakel_events;
      DROP FUNCTION IF EXISTS schakel_events_notify();
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

// Brings the schema up to date. Safe to run from several processes at once: the transaction takes
// an advisory lock first, so one process applies the migrations and the others then find them applied.
// Returns the versions this call applied.
export async function migrateSchema(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  let failed: unknown;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATION_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schakel_event_store_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schakel_event_store_migrations')).rows.map((r) => r.version),
    );
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schakel_event_store_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    failed = error;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release(isBrokenConnection(failed) ? (failed as Error) : undefined);
  }
}
