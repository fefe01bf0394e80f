import { dumbo, type NodePostgresPool } from '@event-driven-io/dumbo';
import { getPostgreSQLEventStore, readMessagesBatch, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { Pool } from 'pg';
import { benchPayload, BENCH_EVENT_TYPE } from '../bench-payload';
import { PG_POOL_SIZE, READ_PAGE_SIZE, type ContenderTarget, type StoreContender } from './store-contender';

type BenchEvent = { type: string; data: Record<string, unknown> };
const events = (count: number, firstSeq: number): BenchEvent[] =>
  Array.from({ length: count }, (_, i) => ({ type: BENCH_EVENT_TYPE, data: benchPayload(firstSeq + i) }));

// Emmett counts stream positions from 1 and takes "0" as "no stream yet".
const emmettVersion = (expectedVersion: number) => BigInt(expectedVersion + 1);

// Note: dumbo installs process-wide pg type parsers (int8 → BigInt, json → its parser). That is
// why every contender runs in a process of its own (contender-worker.ts).
class EmmettPostgresContender implements StoreContender {
  private subscriptions = 0;

  constructor(
    private readonly store: PostgresEventStore,
    private readonly pool: NodePostgresPool,
    private readonly pgPool: Pool,
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
      const batch = await readMessagesBatch(this.pool.execute, { after, batchSize: READ_PAGE_SIZE });
      count += batch.messages.length;
      if (!batch.areMessagesLeft) return count;
      after = batch.currentGlobalPosition;
    }
  }

  // Its consumer with one reactor: pages of READ_PAGE_SIZE, 1 ms between full pages (the least it allows).
  subscribeAll(total: number): Promise<number> {
    return (async () => {
      let count = 0;
      const consumer = this.store.consumer({ pulling: { batchSize: READ_PAGE_SIZE, pullingFrequencyInMs: 1 }, stopWhen: { noMessagesLeft: true } });
      consumer.reactor({
        processorId: `bench-${process.pid}-${++this.subscriptions}`,
        startFrom: 'BEGINNING',
        eachMessage: () => {
          count++;
        },
        stopAfter: () => count >= total,
      });
      await consumer.start();
      await consumer.close();
      return count;
    })();
  }

  async close(): Promise<void> {
    await this.store.close();
    await this.pgPool.end().catch(() => undefined);
  }
}

export async function openEmmettPostgres(target: ContenderTarget): Promise<StoreContender> {
  const connectionString = target.connectionString!;
  const pgPool = new Pool({ connectionString, max: PG_POOL_SIZE });
  const pool = dumbo({ connectionString, pool: pgPool });
  const store = getPostgreSQLEventStore(connectionString, { connectionOptions: { dumbo: pool } });
  await store.schema.migrate();
  return new EmmettPostgresContender(store, pool, pgPool);
}
