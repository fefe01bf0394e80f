import { aTempFolder, describeEventStoreContract } from '@schakel/event-store/testing';
import { SqliteEventStore } from '@schakel/event-store/sqlite';

describeEventStoreContract('sqlite', async () => {
  const folder = aTempFolder('schakel-sqlite-contract-');
  const store = SqliteEventStore.open({ path: folder.file('events.db'), pollIntervalMs: 50 });
  return { store, dispose: async () => folder.remove() };
});
