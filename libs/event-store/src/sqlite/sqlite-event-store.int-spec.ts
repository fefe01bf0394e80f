import Database from 'better-sqlite3';
import { ConcurrencyError, NO_STREAM, verifyEventStore } from '@schakel/event-store';
import { aNewEvent, aStreamId, aTempFolder, describeEventStoreContract } from '@schakel/event-store/testing';
import { SqliteEventStore } from '@schakel/event-store/sqlite';

describeEventStoreContract('sqlite', async () => {
  const folder = aTempFolder('schakel-sqlite-contract-');
  const store = SqliteEventStore.open({ path: folder.file('events.db'), pollIntervalMs: 50 });
  return { store, dispose: async () => folder.remove() };
});

describe('SqliteEventStore group commit', () => {
  const folder = aTempFolder('schakel-sqlite-group-commit-');
  let store: SqliteEventStore;
  beforeAll(() => {
    store = SqliteEventStore.open({ path: folder.file('events.db') });
  });
  afterAll(async () => {
    await store.close();
    folder.remove();
  });

  // Counts the COMMIT statements the store runs (better-sqlite3 statements share one prototype).
  async function commitsDuring(work: () => Promise<unknown>): Promise<number> {
    const probe = new Database(':memory:').prepare('SELECT 1');
    const proto = Object.getPrototypeOf(probe) as { run: (...args: unknown[]) => unknown };
    const run = jest.spyOn(proto, 'run');
    try {
      await work();
      return run.mock.contexts.filter((statement) => (statement as { source: string }).source === 'COMMIT').length;
    } finally {
      run.mockRestore();
    }
  }

  it('writes appends sent together in one transaction, and one that fails there fails alone', async () => {
    const existing = aStreamId('Group');
    await store.append(existing, [aNewEvent()], NO_STREAM);
    const streams = Array.from({ length: 32 }, () => aStreamId('Group'));
    let outcomes: PromiseSettledResult<unknown>[] = [];
    const commits = await commitsDuring(async () => {
      outcomes = await Promise.allSettled([
        ...streams.map((s) => store.append(s, [aNewEvent()], NO_STREAM)),
        store.append(existing, [aNewEvent()], NO_STREAM),
      ]);
    });
    expect(commits).toBe(1);
    expect(outcomes.slice(0, 32).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(outcomes[32]).toMatchObject({ status: 'rejected', reason: expect.any(ConcurrencyError) });
    for (const s of streams) expect(await store.streamVersion(s)).toBe(0);
    expect(await verifyEventStore(store)).toMatchObject({ ok: true });
  });

  it('sees a write of another connection between its commits (the head it remembers is dropped)', async () => {
    const other = SqliteEventStore.open({ path: folder.file('events.db') });
    try {
      const streamId = aStreamId('Group');
      await store.append(streamId, [aNewEvent()], NO_STREAM);
      await other.append(streamId, [aNewEvent()], 0);
      await expect(store.append(streamId, [aNewEvent()], 0)).rejects.toBeInstanceOf(ConcurrencyError);
      const third = await store.append(streamId, [aNewEvent()], 1);
      expect(third.events[0].streamVersion).toBe(2);
      expect(await verifyEventStore(store)).toMatchObject({ ok: true });
    } finally {
      await other.close();
    }
  });
});
