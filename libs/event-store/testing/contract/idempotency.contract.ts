import { NO_STREAM, type ExpectedVersion, type NewEvent } from '../../src/envelope';
import { IdempotencyConflictError } from '../../src/errors';
import { aNewEvent, aStreamId, someNewEvents } from '../event-builders';
import { readAllPages } from '../log-reading';
import { rejectionOf, type ContractContext } from './contract-context';

// A retry arrives as new objects (a re-sent request), not the instances that were appended.
const resent = (events: readonly NewEvent[]): NewEvent[] => structuredClone(events) as NewEvent[];

export function idempotencyContract(ctx: ContractContext): void {
  describe('idempotent retry', () => {
    it('returns the original result for re-sent eventIds, even with a stale expectedVersion, and writes nothing', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Retry');
      const batch = someNewEvents(2);
      const original = await store.append(streamId, batch, NO_STREAM);
      const later = await store.append(streamId, someNewEvents(1), 1);
      const end = await ctx.cursor().end();

      const expectations: ExpectedVersion[] = [NO_STREAM, 0, 1, 2, 'any'];
      for (const expected of expectations) {
        const retry = await store.append(streamId, resent(batch), expected);
        expect(retry).toEqual({ ...original, duplicate: true });
      }

      expect(await store.readStream(streamId)).toEqual([...original.events, ...later.events]);
      // The originals may still show after `end` where another session of the cluster held them back
      // when it was taken (PostgreSQL's horizon); a second copy must not show at all.
      const ids = new Set(batch.map((e) => e.eventId));
      const originals = new Set(original.events.map((e) => e.globalPosition));
      const { events } = await readAllPages(store, end);
      expect(events.filter((e) => ids.has(e.eventId) && !originals.has(e.globalPosition))).toEqual([]);
    });

    it('refuses a batch of which only some eventIds were stored, with IdempotencyConflictError, and writes nothing', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Partial');
      const [a, b] = someNewEvents(2);
      await store.append(streamId, [a, b], NO_STREAM);
      const end = await ctx.cursor().end();
      const fresh = aNewEvent();

      for (const batch of [[a, fresh], [fresh, b], [a, b, fresh]]) {
        for (const expected of [1, 'any'] as const) {
          const error = await rejectionOf(store.append(streamId, resent(batch), expected));
          expect(error).toBeInstanceOf(IdempotencyConflictError);
          expect(error).toMatchObject({ code: 'STREAM_IDEMPOTENCY_CONFLICT', streamId });
        }
      }

      expect(await store.streamVersion(streamId)).toBe(1);
      // a and b may still show after `end` where another session of the cluster held them back when it
      // was taken (PostgreSQL's horizon); what must not show is anything past them.
      const { events } = await readAllPages(store, end);
      expect(events.filter((e) => e.eventId === fresh.eventId || (e.streamId === streamId && e.streamVersion > 1))).toEqual([]);
    });

    it('refuses an eventId that was stored in another stream, and leaves the other stream untouched', async () => {
      const store = ctx.store();
      const home = aStreamId('Home');
      const elsewhere = aStreamId('Elsewhere');
      const event = aNewEvent();
      await store.append(home, [event], NO_STREAM);

      for (const expected of [NO_STREAM, 'any'] as const) {
        const error = await rejectionOf(store.append(elsewhere, resent([event]), expected));
        expect(error).toBeInstanceOf(IdempotencyConflictError);
        expect(error).toMatchObject({ streamId: elsewhere, eventId: event.eventId });
      }

      expect(await store.streamVersion(elsewhere)).toBe(-1);
      expect(await store.readStream(elsewhere)).toEqual([]);
      expect((await store.readStream(home)).map((e) => e.eventId)).toEqual([event.eventId]);
    });
  });
}
