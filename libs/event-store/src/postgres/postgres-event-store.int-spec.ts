import { describeEventStoreContract } from '@schakel/event-store/testing';
import { createTestDatabase, postgresSkipReason } from '../../../testing/src/postgres';
import { PostgresEventStore } from './postgres-event-store';

jest.setTimeout(60_000);

describeEventStoreContract(
  'PostgresEventStore',
  async () => {
    const database = await createTestDatabase('schakel_contract');
    try {
      const store = await PostgresEventStore.open({ connectionString: database.url, pollIntervalMs: 200 });
      return { store, dispose: () => database.drop() };
    } catch (error) {
      await database.drop();
      throw error;
    }
  },
  { skipReason: postgresSkipReason() },
);
