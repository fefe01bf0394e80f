import { NO_STREAM, type ExpectedVersion, type NewEvent } from '../../src/envelope';
import { ConcurrencyError, InvalidAppendError } from '../../src/errors';
import { GENESIS_HASH, hashEvent } from '../../src/hashing';
import { verifyEventStore } from '../../src/verify';
import { aNewEvent, aStreamId, someNewEvents } from '../event-builders';
import { readAllPages } from '../log-reading';
import { ISO_INSTANT, rejectionOf, type ContractContext } from './contract-context';

export function appendContract(ctx: ContractContext): void {
  describe('append', () => {
    it('appends to a new stream with NO_STREAM: gap-free versions, store-set recordedAt, chained hashes', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Append');
      const events = someNewEvents(3, { occurredAt: '2024-03-01T08:15:00.000Z' });

      const before = Date.now();
      const result = await store.append(streamId, events, NO_STREAM);
      const after = Date.now();

      expect(result).toMatchObject({ streamId, nextExpectedVersion: 2, duplicate: false });
      expect(result.events.map((e) => e.streamVersion)).toEqual([0, 1, 2]);
      expect(result.events.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
      result.events.forEach((stored, i) => {
        expect(stored.streamId).toBe(streamId);
        expect(stored.occurredAt).toBe('2024-03-01T08:15:00.000Z');
        expect(stored.recordedAt).toMatch(ISO_INSTANT);
        expect(Date.parse(stored.recordedAt)).toBeGreaterThanOrEqual(before);
        expect(Date.parse(stored.recordedAt)).toBeLessThanOrEqual(after);
        expect(stored.prevHash).toBe(i === 0 ? GENESIS_HASH : result.events[i - 1].hash);
        expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(hashEvent(stored)).toBe(stored.hash);
        expect(Number.isSafeInteger(stored.globalPosition)).toBe(true);
      });
      expect(new Set(result.events.map((e) => e.globalPosition)).size).toBe(3);
      expect(await store.readStream(streamId)).toEqual(result.events);
      expect(await store.streamVersion(streamId)).toBe(2);

      const more = await store.append(streamId, someNewEvents(2), 2);
      expect(more.nextExpectedVersion).toBe(4);
      expect(more.events.map((e) => e.streamVersion)).toEqual([3, 4]);
      expect(more.events[0].prevHash).toBe(result.events[2].hash);
      expect(more.events[1].prevHash).toBe(more.events[0].hash);

      const report = await verifyEventStore(store);
      expect(report).toMatchObject({ ok: true, firstFailure: null });
      expect(report.eventsChecked).toBeGreaterThanOrEqual(5);
    });

    it('refuses a wrong expectedVersion with ConcurrencyError carrying the actual version, and writes nothing', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Conflict');
      await store.append(streamId, someNewEvents(3), NO_STREAM);
      const streamBefore = await store.readStream(streamId);
      const end = await ctx.cursor().end();
      const attempted = new Set<string>();

      // too low, too high, and "must not exist" on an existing stream
      for (const expected of [0, 1, 3, 7, NO_STREAM]) {
        const attempt = someNewEvents(2);
        attempt.forEach((e) => attempted.add(e.eventId));
        const error = await rejectionOf(store.append(streamId, attempt, expected));
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ code: 'STREAM_VERSION_CONFLICT', streamId, expectedVersion: expected, actualVersion: 2 });
      }

      expect(await store.readStream(streamId)).toEqual(streamBefore);
      expect(await store.streamVersion(streamId)).toBe(2);
      const { events } = await readAllPages(store, end);
      expect(events.filter((e) => attempted.has(e.eventId))).toEqual([]);
    });

    it('refuses an expected version on a stream that does not exist, with actual version -1', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Missing');
      const error = await rejectionOf(store.append(streamId, [aNewEvent()], 0));
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect(error).toMatchObject({ streamId, expectedVersion: 0, actualVersion: -1 });
      expect(await store.streamVersion(streamId)).toBe(-1);
      expect(await store.readStream(streamId)).toEqual([]);
    });

    it("appends after the head with 'any', on a new and on an existing stream", async () => {
      const store = ctx.store();
      const streamId = aStreamId('Any');
      const first = await store.append(streamId, someNewEvents(2), 'any');
      const second = await store.append(streamId, someNewEvents(1), 'any');

      expect(first.events.map((e) => e.streamVersion)).toEqual([0, 1]);
      expect(first.events[0].prevHash).toBe(GENESIS_HASH);
      expect(second).toMatchObject({ nextExpectedVersion: 2, duplicate: false });
      expect(second.events[0]).toMatchObject({ streamVersion: 2, prevHash: first.events[1].hash });
      expect(await store.readStream(streamId)).toEqual([...first.events, ...second.events]);
    });
  });

  describe('invalid appends', () => {
    const valid = (): NewEvent => aNewEvent();
    const cases: Array<[string, () => { streamId: string; events: NewEvent[]; expected: ExpectedVersion }]> = [
      ['a stream id without a category', () => ({ streamId: 'nodash', events: [valid()], expected: NO_STREAM })],
      ['a stream id with an upper-case category', () => ({ streamId: 'Chain-' + valid().eventId, events: [valid()], expected: NO_STREAM })],
      ['a stream id with a space', () => ({ streamId: 'chain-a b', events: [valid()], expected: NO_STREAM })],
      ['an empty stream id', () => ({ streamId: '', events: [valid()], expected: NO_STREAM })],
      ['an empty batch', () => ({ streamId: aStreamId('Invalid'), events: [], expected: NO_STREAM })],
      ['an eventId that is not a UUID', () => ({ streamId: aStreamId('Invalid'), events: [valid(), aNewEvent({ eventId: 'event-1' })], expected: NO_STREAM })],
      ['the same eventId twice in one batch', () => {
        const event = valid();
        return { streamId: aStreamId('Invalid'), events: [event, aNewEvent({ eventId: event.eventId })], expected: NO_STREAM };
      }],
      ['an expected version below -1', () => ({ streamId: aStreamId('Invalid'), events: [valid()], expected: -2 })],
      ['a fractional expected version', () => ({ streamId: aStreamId('Invalid'), events: [valid()], expected: 1.5 })],
    ];

    it.each(cases)('refuses %s with InvalidAppendError and writes nothing', async (_name, build) => {
      const store = ctx.store();
      const { streamId, events, expected } = build();
      const end = await ctx.cursor().end();

      const error = await rejectionOf(store.append(streamId, events, expected));

      expect(error).toBeInstanceOf(InvalidAppendError);
      expect(error).toMatchObject({ code: 'STREAM_INVALID_APPEND' });
      const ids = new Set(events.map((e) => e.eventId));
      const { events: logged } = await readAllPages(store, end);
      expect(logged.filter((e) => ids.has(e.eventId))).toEqual([]);
      if (streamId.startsWith('test')) expect(await store.streamVersion(streamId)).toBe(-1);
    });
  });
}
