import { NO_STREAM, START, type NewEvent, type StoredEvent } from '../../src/envelope';
import { hashEvent } from '../../src/hashing';
import { uuidv7 } from '../../src/ids';
import { aNewEvent, aStreamId, someNewEvents } from '../event-builders';
import { readAllPages, readOurs, sleep, withoutCheckpoint } from '../log-reading';
import type { ContractContext } from './contract-context';

const versions = (events: readonly StoredEvent[]): number[] => events.map((e) => e.streamVersion);

// The fields the application hands in, as read back.
const asNewEvent = (e: StoredEvent): NewEvent => ({
  eventId: e.eventId,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  occurredAt: e.occurredAt,
  actor: e.actor,
  correlationId: e.correlationId,
  causationId: e.causationId,
});

export function readContract(ctx: ContractContext): void {
  describe('readStream', () => {
    it('reads by version range', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Range');
      await store.append(streamId, someNewEvents(3), NO_STREAM);
      await store.append(streamId, someNewEvents(2), 2);

      expect(versions(await store.readStream(streamId))).toEqual([0, 1, 2, 3, 4]);
      expect(versions(await store.readStream(streamId, { fromVersion: 2 }))).toEqual([2, 3, 4]);
      expect(versions(await store.readStream(streamId, { toVersion: 1 }))).toEqual([0, 1]);
      expect(versions(await store.readStream(streamId, { fromVersion: 1, toVersion: 3 }))).toEqual([1, 2, 3]);
      expect(versions(await store.readStream(streamId, { fromVersion: 3, toVersion: 3 }))).toEqual([3]);
      expect(await store.readStream(streamId, { fromVersion: 5 })).toEqual([]);
      expect(await store.readStream(streamId, { fromVersion: 4, toVersion: 2 })).toEqual([]);
    });

    it('reads what the records said at T with recordedBefore (recordedAt <= T)', async () => {
      const store = ctx.store();
      const streamId = aStreamId('AsOf');
      const first = await store.append(streamId, someNewEvents(2), NO_STREAM);
      await sleep(20); // the store's clock must move past the first batch
      const second = await store.append(streamId, someNewEvents(2), 1);
      const t = first.events[1].recordedAt;
      expect(Date.parse(second.events[0].recordedAt)).toBeGreaterThan(Date.parse(t));

      expect(await store.readStream(streamId, { recordedBefore: t })).toEqual(first.events);
      expect(await store.readStream(streamId, { recordedBefore: t.replace('Z', '+00:00') })).toEqual(first.events);
      expect(await store.readStream(streamId, { recordedBefore: second.events[1].recordedAt })).toEqual([...first.events, ...second.events]);
      expect(await store.readStream(streamId, { recordedBefore: new Date(Date.parse(t) - 60_000).toISOString() })).toEqual([]);
      expect(await store.readStream(streamId, { recordedBefore: t, fromVersion: 1 })).toEqual([first.events[1]]);
    });

    it('reads an unknown stream as [] at version -1', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Unknown');
      expect(await store.readStream(streamId)).toEqual([]);
      expect(await store.streamVersion(streamId)).toBe(-1);
    });

    it('reports the version of the last event with streamVersion()', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Version');
      await store.append(streamId, someNewEvents(4), NO_STREAM);
      expect(await store.streamVersion(streamId)).toBe(3);
    });
  });

  describe('envelope', () => {
    it('round-trips every field exactly, through append, readStream and readAll', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Envelope');
      const rich = aNewEvent({
        type: 'IncidentReported',
        schemaVersion: 3,
        data: {
          text: 'Ünïcødé — 安全第一 🦺 "quoted" \\ back\nslash\ttab',
          'клю\u00e7 🔑': 'значение',
          nested: { deeper: { list: [1, 'two', { three: 3 }, [4, [5]]], empty: {}, none: [] } },
          numbers: { zero: 0, negative: -17, decimal: 0.1, big: 9007199254740991, tiny: 1e-7, huge: 1.5e300 },
          nothing: null,
          yes: true,
          no: false,
          emptyString: '',
        },
        occurredAt: '2024-02-29T23:59:59.999Z',
        actor: { userId: 'user-7', partyId: null, role: 'WORKER', workerId: uuidv7() },
        causationId: uuidv7(),
      });
      // occurredAt as the caller wrote it (no milliseconds): the hash covers this exact string.
      // an imported entry: the import's mark rides in the actor, under the hash
      const importedFrom = { sourceSha256: 'ab'.repeat(32), importId: uuidv7() };
      const plain = aNewEvent({ occurredAt: '2024-03-01T07:00:00Z', causationId: null, actor: { userId: 'user-8', partyId: uuidv7(), role: 'PRINCIPAL', importedFrom } });
      const end = await ctx.cursor().end();

      const result = await store.append(streamId, [rich, plain], NO_STREAM);
      const read = await store.readStream(streamId);
      const logged = await readOurs(store, end, [rich.eventId, plain.eventId]);

      for (const events of [result.events, read, logged.map(withoutCheckpoint)]) {
        expect(events.map(asNewEvent)).toEqual([rich, plain]);
        for (const e of events) expect(hashEvent(e)).toBe(e.hash);
      }
      expect(read).toEqual(result.events);
      expect(logged.map(withoutCheckpoint)).toEqual(read);
      expect(read[0].actor.workerId).toBe(rich.actor.workerId);
      expect(read[0].causationId).toBe(rich.causationId);
      expect(read[1].causationId).toBeNull();
      expect(read[1].actor.importedFrom).toEqual(importedFrom);
      expect(read[1].occurredAt).toBe('2024-03-01T07:00:00Z');
    });
  });

  describe('readAll', () => {
    it('pages by checkpoint and limit over every event exactly once, in each stream’s version order', async () => {
      const store = ctx.store();
      const end = await ctx.cursor().end();
      const streams = [aStreamId('PageA'), aStreamId('PageB'), aStreamId('PageC')];
      const written: StoredEvent[] = [];
      for (const size of [1, 2, 1]) {
        for (const streamId of streams) written.push(...(await store.append(streamId, someNewEvents(size), 'any')).events);
      }
      const ids = written.map((e) => e.eventId);
      await readOurs(store, end, ids);

      const { events, pages } = await readAllPages(store, end, 5);
      for (const page of pages) expect(page.length).toBeLessThanOrEqual(5);
      expect(new Set(events.map((e) => e.eventId)).size).toBe(events.length);
      expect(new Set(events.map((e) => e.checkpoint)).size).toBe(events.length);
      expect(new Set(events.map((e) => e.globalPosition)).size).toBe(events.length);

      const wanted = new Set(ids);
      const ours = events.filter((e) => wanted.has(e.eventId));
      expect(ours).toHaveLength(written.length);
      for (const streamId of streams) expect(versions(ours.filter((e) => e.streamId === streamId))).toEqual([0, 1, 2, 3]);
      const byId = new Map(written.map((e) => [e.eventId, e]));
      for (const e of ours) expect(withoutCheckpoint(e)).toEqual(byId.get(e.eventId));

      // The checkpoint of any event resumes right after it.
      for (const k of [0, 5, ours.length - 1]) {
        const { events: rest } = await readAllPages(store, ours[k].checkpoint, 3);
        expect(rest.filter((e) => wanted.has(e.eventId)).map((e) => e.eventId)).toEqual(ours.slice(k + 1).map((e) => e.eventId));
      }
      // After the last checkpoint nothing already read comes back (on a store nobody else writes: nothing at all).
      const seen = new Set(events.map((e) => e.eventId));
      const afterLast = await store.readAll({ after: events[events.length - 1].checkpoint, limit: 100 });
      expect(afterLast.filter((e) => seen.has(e.eventId))).toEqual([]);
    });

    it('honours limit from the start of the log', async () => {
      const store = ctx.store();
      await store.append(aStreamId('Limit'), someNewEvents(2), NO_STREAM);
      const page = await store.readAll({ after: START, limit: 1 });
      expect(page).toHaveLength(1);
      const next = await store.readAll({ after: page[0].checkpoint, limit: 1 });
      expect(next).toHaveLength(1);
      expect(next[0].eventId).not.toBe(page[0].eventId);
    });

    it('estimates the size of the log for progress reports, where it can, never below what it holds', async () => {
      const store = ctx.store();
      if (!store.estimatedEventCount) return; // KurrentDB: no cheap figure, progress shows counts only
      const before = await store.estimatedEventCount();
      await store.append(aStreamId('Size'), someNewEvents(3), NO_STREAM);
      const held = (await readAllPages(store, START)).events.length;
      const after = await store.estimatedEventCount();
      expect(after).toBeGreaterThanOrEqual(held);
      expect(after - before).toBeGreaterThanOrEqual(3);
    });
  });
}
