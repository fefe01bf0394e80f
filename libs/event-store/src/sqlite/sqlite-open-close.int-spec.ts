import Database from 'better-sqlite3';
import { InvalidAppendError, NO_STREAM, StoreUnavailableError } from '@schakel/event-store';
import { SqliteEventStore } from '@schakel/event-store/sqlite';
import { aNewEvent, aStreamId, aTempFolder, someNewEvents, startSubscription, sleep } from '@schakel/event-store/testing';

describe('SqliteEventStore: opening, closing and failures', () => {
  const folder = aTempFolder('schakel-sqlite-open-');
  afterAll(() => folder.remove());

  it('creates the folder, the schema and a WAL file; reopening keeps the events', async () => {
    const path = folder.file('nested/data/schakel.db');
    const store = SqliteEventStore.open({ path });
    expect(store.kind).toBe('sqlite');
    expect(store.path).toBe(path);
    const streamId = aStreamId('Reopen');
    const { events } = await store.append(streamId, someNewEvents(2), NO_STREAM);
    await store.close();

    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
      expect(triggers).toEqual(['events_no_delete', 'events_no_update']);
    } finally {
      db.close();
    }

    const reopened = SqliteEventStore.open({ path, synchronous: 'NORMAL' });
    expect(await reopened.readStream(streamId)).toEqual(events);
    expect((await reopened.append(streamId, [aNewEvent()], 1)).events[0].prevHash).toBe(events[1].hash);
    await reopened.close();
  });

  it('refuses every call after close with StoreUnavailableError, and ends its subscriptions', async () => {
    const store = SqliteEventStore.open({ path: folder.file('closed.db'), pollIntervalMs: 10_000 });
    const subscription = startSubscription(store);
    await sleep(50);
    await store.close();
    await store.close();

    const outcome = await Promise.race([subscription.ended.then(() => 'ended'), sleep(500).then(() => 'still running')]);
    expect(outcome).toBe('ended');
    await expect(store.append(aStreamId('Closed'), [aNewEvent()], NO_STREAM)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.readStream(aStreamId('Closed'))).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.readAll()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.streamVersion(aStreamId('Closed'))).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('gives up with StoreUnavailableError when another process holds the write lock past busyTimeoutMs, writing nothing', async () => {
    const path = folder.file('locked.db');
    const store = SqliteEventStore.open({ path, busyTimeoutMs: 100 });
    const streamId = aStreamId('Locked');
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      await expect(store.append(streamId, [aNewEvent()], NO_STREAM)).rejects.toMatchObject({ name: 'StoreUnavailableError', code: 'STORE_UNAVAILABLE' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.streamVersion(streamId)).toBe(-1);
    expect((await store.append(streamId, [aNewEvent()], NO_STREAM)).events).toHaveLength(1);
    await store.close();
  });

  it('refuses data that JSON cannot hold, with InvalidAppendError, writing nothing', async () => {
    const store = SqliteEventStore.open({ path: folder.file('invalid.db') });
    const streamId = aStreamId('Invalid');
    await expect(store.append(streamId, [aNewEvent({ data: undefined })], NO_STREAM)).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(store.append(streamId, [aNewEvent(), aNewEvent({ data: { amount: 10n } })], NO_STREAM)).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(store.append(streamId, [aNewEvent({ data: { ratio: Number.NaN } })], NO_STREAM)).rejects.toBeInstanceOf(InvalidAppendError);
    expect(await store.streamVersion(streamId)).toBe(-1);
    expect(await store.readAll()).toEqual([]);
    await store.close();
  });

  it('refuses a checkpoint, limit or recordedBefore it cannot read with RangeError', async () => {
    const store = SqliteEventStore.open({ path: folder.file('ranges.db') });
    await expect(store.readAll({ after: '12:3' })).rejects.toBeInstanceOf(RangeError);
    await expect(store.readAll({ after: '-1' })).rejects.toBeInstanceOf(RangeError);
    await expect(store.readAll({ limit: 0 })).rejects.toBeInstanceOf(RangeError);
    await expect(store.readStream(aStreamId('Range'), { recordedBefore: 'yesterday' })).rejects.toBeInstanceOf(RangeError);
    await store.close();
  });
});
