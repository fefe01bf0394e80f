import { NO_STREAM } from '@schakel/event-store';
import { aNewEvent, aStreamId, describeEventStoreContract, sleep, startSubscription, waitUntil } from '@schakel/event-store/testing';
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

(postgresSkipReason() ? describe.skip : describe)('PostgresEventStore notifications', () => {
  it('wakes a subscriber of another store (process) soon after an append, long before it would poll', async () => {
    const database = await createTestDatabase('schakel_notify');
    const writer = await PostgresEventStore.open({ connectionString: database.url });
    const reader = await PostgresEventStore.open({ connectionString: database.url, pollIntervalMs: 60_000 });
    try {
      const subscription = startSubscription(reader);
      // Let the reader catch up with the empty log and LISTEN before the append.
      await sleep(1_000);
      const streamId = aStreamId('Notify');
      const started = Date.now();
      await writer.append(streamId, [aNewEvent()], NO_STREAM);
      await waitUntil(() => subscription.received.some((e) => e.streamId === streamId), () => 'the reader never saw the append', 10_000);
      expect(Date.now() - started).toBeLessThan(10_000);
      await subscription.stop();
    } finally {
      await writer.close();
      await reader.close();
      await database.drop();
    }
  });
});
