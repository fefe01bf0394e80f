import type { EventStore } from '@schakel/event-store';
import { PostgresEventStore } from '@schakel/event-store/postgres';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { benchEvent, benchEvents } from '../bench-payload';
import { PG_POOL_SIZE, READ_PAGE_SIZE, type ContenderTarget, type StoreContender } from './store-contender';

/** Schakel through its public port only: what an application sees. */
class SchakelContender implements StoreContender {
  constructor(private readonly store: EventStore) {}

  async appendOne(streamId: string, expectedVersion: number): Promise<void> {
    await this.store.append(streamId, [benchEvent(expectedVersion + 1)], expectedVersion);
  }

  async appendBatch(streamId: string, count: number, expectedVersion: number): Promise<void> {
    await this.store.append(streamId, benchEvents(count, expectedVersion + 1), expectedVersion);
  }

  async readStream(streamId: string): Promise<number> {
    return (await this.store.readStream(streamId)).length;
  }

  async readAll(): Promise<number> {
    let count = 0;
    let after = '';
    for (;;) {
      const page = await this.store.readAll({ after, limit: READ_PAGE_SIZE });
      count += page.length;
      if (page.length < READ_PAGE_SIZE) return count;
      after = page[page.length - 1].checkpoint;
    }
  }

  subscribeAll(total: number): Promise<number> {
    return (async () => {
      const stop = new AbortController();
      let count = 0;
      for await (const event of this.store.subscribe({ signal: stop.signal, batchSize: READ_PAGE_SIZE })) {
        if (event.globalPosition < 0) throw new RangeError('impossible position'); // touch the event
        if (++count >= total) stop.abort();
      }
      return count;
    })();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

export function openSchakelSqlite(target: ContenderTarget): StoreContender {
  return new SchakelContender(SqliteEventStore.open({ path: target.sqlitePath!, synchronous: 'FULL' }));
}

export async function openSchakelPostgres(target: ContenderTarget): Promise<StoreContender> {
  return new SchakelContender(await PostgresEventStore.open({ connectionString: target.connectionString!, poolSize: PG_POOL_SIZE }));
}
