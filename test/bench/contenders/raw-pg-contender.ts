import { Pool } from 'pg';
import { BENCH_ACTOR, benchEvent, benchEvents } from '../bench-payload';
import { PG_POOL_SIZE, READ_PAGE_SIZE, type ContenderTarget, type StoreContender } from './store-contender';

// The same columns and unique indexes as Schakel's table, without its triggers or transaction id
// column: what the driver alone can do. Every append is one multi-row INSERT (one round trip,
// autocommit); the expected version is checked by the UNIQUE (stream_id, stream_version) index.
// No hashing: prev_hash and hash hold fixed 64-character strings.
const SCHEMA = `
CREATE TABLE raw_events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id text NOT NULL, stream_version integer NOT NULL, event_id uuid NOT NULL UNIQUE,
  type text NOT NULL, schema_version integer NOT NULL, data json, occurred_at text NOT NULL,
  recorded_at timestamptz NOT NULL, actor json NOT NULL, correlation_id text NOT NULL, causation_id text,
  prev_hash text NOT NULL, hash text NOT NULL,
  UNIQUE (stream_id, stream_version)
)`;
const FAKE_HASH = 'f'.repeat(64);
const COLUMNS =
  'global_position, stream_id, stream_version, event_id, type, schema_version, data, occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash';
const PER_ROW = 13;

class RawPgContender implements StoreContender {
  constructor(private readonly pool: Pool) {}

  private async insert(streamId: string, expectedVersion: number, events: ReturnType<typeof benchEvents>): Promise<void> {
    const recordedAt = new Date().toISOString();
    const actor = JSON.stringify(BENCH_ACTOR);
    const values: unknown[] = [];
    const rows = events.map((e, i) => {
      values.push(streamId, expectedVersion + 1 + i, e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), e.occurredAt, recordedAt, actor, e.correlationId, e.causationId, FAKE_HASH, FAKE_HASH);
      const base = i * PER_ROW;
      return `(${Array.from({ length: PER_ROW }, (_, k) => `$${base + k + 1}`).join(', ')})`;
    });
    await this.pool.query(
      `INSERT INTO raw_events (stream_id, stream_version, event_id, type, schema_version, data, occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash)
       VALUES ${rows.join(', ')}`,
      values,
    );
  }

  appendOne(streamId: string, expectedVersion: number): Promise<void> {
    return this.insert(streamId, expectedVersion, [benchEvent(expectedVersion + 1)]);
  }

  appendBatch(streamId: string, count: number, expectedVersion: number): Promise<void> {
    return this.insert(streamId, expectedVersion, benchEvents(count, expectedVersion + 1));
  }

  async readStream(streamId: string): Promise<number> {
    const { rows } = await this.pool.query({
      name: 'raw_read_stream',
      text: `SELECT ${COLUMNS} FROM raw_events WHERE stream_id = $1 ORDER BY stream_version`,
      values: [streamId],
    });
    return rows.length;
  }

  async readAll(): Promise<number> {
    let count = 0;
    let after = '0';
    for (;;) {
      const { rows } = await this.pool.query<{ global_position: string }>({
        name: 'raw_read_all',
        text: `SELECT ${COLUMNS} FROM raw_events WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
        values: [after, READ_PAGE_SIZE],
      });
      count += rows.length;
      if (rows.length < READ_PAGE_SIZE) return count;
      after = rows[rows.length - 1].global_position;
    }
  }

  subscribeAll(): null {
    return null;
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

export async function openRawPg(target: ContenderTarget): Promise<StoreContender> {
  const pool = new Pool({ connectionString: target.connectionString!, max: PG_POOL_SIZE });
  await pool.query(SCHEMA);
  return new RawPgContender(pool);
}
