import Database from 'better-sqlite3';
import { NO_STREAM, verifyEventStore, type StoredEvent } from '@schakel/event-store';
import { APPEND_ONLY_MESSAGE, SqliteEventStore } from '@schakel/event-store/sqlite';
import { aNewEvent, aStreamId, aTempFolder, someNewEvents } from '@schakel/event-store/testing';

// The store's file opened a second time, as someone with the sqlite3 shell would.
const behindTheStore = (path: string) => new Database(path);

describe('SqliteEventStore storage is append-only', () => {
  const folder = aTempFolder('schakel-sqlite-append-only-');
  afterAll(() => folder.remove());

  let n = 0;
  async function aStoreWithEvents(): Promise<{ store: SqliteEventStore; events: StoredEvent[] }> {
    const store = SqliteEventStore.open({ path: folder.file(`events-${n++}.db`) });
    const a = aStreamId('Tamper');
    const b = aStreamId('Tamper');
    const events = [
      ...(await store.append(a, someNewEvents(2), NO_STREAM)).events,
      ...(await store.append(b, someNewEvents(2), NO_STREAM)).events,
      ...(await store.append(a, [aNewEvent({ data: { note: 'scaffold checked' } })], 1)).events,
    ];
    return { store, events };
  }

  it('rejects UPDATE and DELETE on the events table with a trigger', async () => {
    const { store, events } = await aStoreWithEvents();
    const db = behindTheStore(store.path);
    try {
      expect(() => db.prepare("UPDATE events SET type = 'Edited' WHERE global_position = ?").run(events[0].globalPosition)).toThrow(APPEND_ONLY_MESSAGE);
      expect(() => db.prepare('DELETE FROM events WHERE global_position = ?').run(events[0].globalPosition)).toThrow(APPEND_ONLY_MESSAGE);
      expect(() => db.prepare('DELETE FROM events').run()).toThrow(APPEND_ONLY_MESSAGE);
    } finally {
      db.close();
    }
    expect(await store.readStream(events[0].streamId)).toEqual([events[0], events[1], events[4]]);
    expect(await verifyEventStore(store)).toMatchObject({ ok: true, eventsChecked: 5 });
    await store.close();
  });

  // Drops the UPDATE trigger and runs one statement against the file, as an attacker could.
  async function tamper(path: string, sql: string, ...params: unknown[]): Promise<void> {
    const db = behindTheStore(path);
    try {
      db.exec('DROP TRIGGER events_no_update');
      expect(db.prepare(sql).run(...params).changes).toBe(1);
    } finally {
      db.close();
    }
  }

  it('lets verify name the position of an event whose data changed by one byte (HASH_MISMATCH)', async () => {
    const { store, events } = await aStoreWithEvents();
    const target = events[4];
    await tamper(store.path, "UPDATE events SET data = replace(data, 'scaffold checked', 'scaffold chucked') WHERE global_position = ?", target.globalPosition);

    const report = await verifyEventStore(store);

    expect(report.ok).toBe(false);
    expect(report.firstFailure).toMatchObject({ globalPosition: target.globalPosition, eventId: target.eventId, reason: 'HASH_MISMATCH' });
    expect(report.eventsChecked).toBe(4);
    await store.close();
  });

  it('reports PREV_HASH_MISMATCH when a prev_hash is changed', async () => {
    const { store, events } = await aStoreWithEvents();
    const target = events[3];
    const forged = (target.prevHash[0] === 'a' ? 'b' : 'a') + target.prevHash.slice(1);
    await tamper(store.path, 'UPDATE events SET prev_hash = ? WHERE global_position = ?', forged, target.globalPosition);

    const report = await verifyEventStore(store);

    expect(report.firstFailure).toMatchObject({ globalPosition: target.globalPosition, reason: 'PREV_HASH_MISMATCH' });
    await store.close();
  });

  it('still names the position when the stored data is no longer JSON', async () => {
    const { store, events } = await aStoreWithEvents();
    const target = events[1];
    await tamper(store.path, "UPDATE events SET data = substr(data, 2) WHERE global_position = ?", target.globalPosition);

    const report = await verifyEventStore(store);

    expect(report.firstFailure).toMatchObject({ globalPosition: target.globalPosition, reason: 'HASH_MISMATCH' });
    await store.close();
  });

  it('reports VERSION_GAP when a stream version is moved', async () => {
    const { store, events } = await aStoreWithEvents();
    const target = events[4];
    await tamper(store.path, 'UPDATE events SET stream_version = 7 WHERE global_position = ?', target.globalPosition);

    const report = await verifyEventStore(store);

    expect(report.firstFailure).toMatchObject({ globalPosition: target.globalPosition, reason: 'VERSION_GAP' });
    await store.close();
  });
});
