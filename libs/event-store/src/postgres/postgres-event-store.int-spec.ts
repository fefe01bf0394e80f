import { describeEventStoreContract } from '@schakel/event-store/testing';
import { createTestDatabase, postgresSkipReason } from '../../../testing/src/postgres';
import { PostgresEventStore } from './postgres-event-store';

jest.setTimeout(60_000);

describeEventStoreContract(
  'PostgresEventStore',
  async () => {
    const database = await createTestDatabase('schakel_contract');
    try {
      // Other test files write to the same cluster at the same time; a transaction of theirs holds
      // back every reader here (xmin is cluster-wide), so readAll may wait longer than in production.
      const store = await PostgresEventStore.open({ connectionString: database.url, pollIntervalMs: 200, heldBackWaitMs: 10_000 });
      return { store, dispose: () => database.drop() };
    } catch (error) {
      await database.drop();
      throw error;
    }
  },
  { skipReason: postgresSkipReason() },
);
