import Database from 'better-sqlite3';
import { prepareDatabase } from '../../../libs/event-store/src/sqlite/sqlite-schema';
import { BENCH_ACTOR, benchEvent, benchEvents } from '../bench-payload';
import { READ_PAGE_SIZE, type ContenderTarget, type StoreContender } from './store-contender';

// Same table, same columns and indexes as Schakel's SQLite adapter (its own schema function),
// prepared statements, one IMMEDIATE transaction per append. No hashing: prev_hash and hash hold
// fixed 64-character strings. The expected version is checked by the UNIQUE (stream_id,
// stream_version) index alone, with no head read: the least work that still refuses a stale write.
const FAKE_HASH = 'f'.repeat(64);
const COLUMNS =
  'global_position, stream_id, stream_version, event_id, type, schema_version, data, occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash';

type Row = [number, string, number, string, string, number, string, string, string, string, string, string | null, string, string];

// The same work per row a store's reader does: parse the JSON columns, build one object.
function toEvent(row: Row) {
  return {
    globalPosition: row[0],
    streamId: row[1],
    streamVersion: row[2],
    eventId: row[3],
    type: row[4],
    schemaVersion: row[5],
    data: JSON.parse(row[6]) as unknown,
    occurredAt: row[7],
    recordedAt: row[8],
    actor: JSON.parse(row[9]) as unknown,
    correlationId: row[10],
    causationId: row[11],
    prevHash: row[12],
    hash: row[13],
  };
}

class RawSqliteContender implements StoreContender {
  private readonly insert: Database.Statement;
  private readonly selectStream: Database.Statement<[string], Row>;
  private readonly selectPage: Database.Statement<[number, number], Row>;
  private readonly write: Database.Transaction<(streamId: string, expectedVersion: number, events: ReturnType<typeof benchEvents>) => void>;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.selectStream = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? ORDER BY stream_version`).raw();
    this.selectPage = db.prepare<[number, number], Row>(`SELECT ${COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`).raw();
    this.write = db.transaction((streamId, expectedVersion, events) => {
      const recordedAt = new Date().toISOString();
      const actor = JSON.stringify(BENCH_ACTOR);
      events.forEach((e, i) => {
        this.insert.run(streamId, expectedVersion + 1 + i, e.eventId, e.type, e.schemaVersion, JSON.stringify(e.data), e.occurredAt, recordedAt, actor, e.correlationId, e.causationId, FAKE_HASH, FAKE_HASH);
      });
    });
  }

  async appendOne(streamId: string, expectedVersion: number): Promise<void> {
    this.write.immediate(streamId, expectedVersion, [benchEvent(expectedVersion + 1)]);
  }

  async appendBatch(streamId: string, count: number, expectedVersion: number): Promise<void> {
    this.write.immediate(streamId, expectedVersion, benchEvents(count, expectedVersion + 1));
  }

  async readStream(streamId: string): Promise<number> {
    return this.selectStream.all(streamId).map(toEvent).length;
  }

  async readAll(): Promise<number> {
    let count = 0;
    let after = 0;
    for (;;) {
      const page = this.selectPage.all(after, READ_PAGE_SIZE).map(toEvent);
      count += page.length;
      if (page.length < READ_PAGE_SIZE) return count;
      after = page[page.length - 1].globalPosition;
    }
  }

  subscribeAll(): null {
    return null;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

export function openRawSqlite(target: ContenderTarget): StoreContender {
  const db = new Database(target.sqlitePath!);
  prepareDatabase(db, 'FULL');
  return new RawSqliteContender(db);
}
