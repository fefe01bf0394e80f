import {
  getSQLiteEventStore,
  readMessagesBatch,
  sqliteConnection,
  SQLiteConnectionPool,
  type SQLiteConnection,
  type SQLiteEventStore,
} from '@event-driven-io/emmett-sqlite';
import { benchPayload, BENCH_EVENT_TYPE } from '../bench-payload';
import { READ_PAGE_SIZE, type ContenderTarget, type StoreContender } from './store-contender';

type BenchEvent = { type: string; data: Record<string, unknown> };
const events = (count: number, firstSeq: number): BenchEvent[] =>
  Array.from({ length: count }, (_, i) => ({ type: BENCH_EVENT_TYPE, data: benchPayload(firstSeq + i) }));

// Emmett counts stream positions from 1 and takes "0" as "no stream yet".
const emmettVersion = (expectedVersion: number) => BigInt(expectedVersion + 1);

/**
 * Emmett SQLite at its best: one long-lived connection (its pool opens and closes a file
 * connection per call by default), set to synchronous = FULL like everyone else.
 */
class EmmettSqliteContender implements StoreContender {
  private subscriptions = 0;

  constructor(
    private readonly store: SQLiteEventStore,
    private readonly connection: SQLiteConnection,
  ) {}

  async appendOne(streamId: string, expectedVersion: number): Promise<void> {
    await this.store.appendToStream(streamId, events(1, expectedVersion + 1), { expectedStreamVersion: emmettVersion(expectedVersion) });
  }

  async appendBatch(streamId: string, count: number, expectedVersion: number): Promise<void> {
    await this.store.appendToStream(streamId, events(count, expectedVersion + 1), { expectedStreamVersion: emmettVersion(expectedVersion) });
  }

  async readStream(streamId: string): Promise<number> {
    return (await this.store.readStream(streamId)).events.length;
  }

  // readMessagesBatch is Emmett's exported reader of the global log (its consumers use it).
  async readAll(): Promise<number> {
    let count = 0;
    let after = 0n;
    for (;;) {
      const batch = await readMessagesBatch(this.connection, { after, batchSize: READ_PAGE_SIZE });
      count += batch.messages.length;
      if (!batch.areEventsLeft) return count;
      after = batch.currentGlobalPosition;
    }
  }

  // Its consumer with one processor: pages of READ_PAGE_SIZE, 1 ms between full pages (the least it allows).
  subscribeAll(total: number): Promise<number> {
    return (async () => {
      let count = 0;
      const consumer = this.store.consumer({ pulling: { batchSize: READ_PAGE_SIZE, pullingFrequencyInMs: 1 } });
      consumer.processor({
        processorId: `bench-${process.pid}-${++this.subscriptions}`,
        startFrom: 'BEGINNING',
        eachMessage: () => {
          count++;
        },
        stopAfter: () => count >= total,
      });
      await consumer.start();
      await consumer.stop();
      return count;
    })();
  }

  async close(): Promise<void> {
    this.connection.close();
  }
}

export async function openEmmettSqlite(target: ContenderTarget): Promise<StoreContender> {
  const fileName = target.sqlitePath!;
  const connection = sqliteConnection({ fileName });
  await connection.command('PRAGMA journal_mode = WAL');
  await connection.command('PRAGMA synchronous = FULL');
  const pool = SQLiteConnectionPool({ fileName, connectionOptions: { singleton: true, connection } });
  const store = getSQLiteEventStore({ fileName, pool });
  await store.schema.migrate();
  const [sync] = await connection.query<{ synchronous: number }>('PRAGMA synchronous');
  if (sync?.synchronous !== 2) throw new Error(`emmett-sqlite connection is not synchronous=FULL (${JSON.stringify(sync)})`);
  return new EmmettSqliteContender(store, connection);
}
