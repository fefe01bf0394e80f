import { NO_STREAM, type AppendResult, type StoredEvent } from '../../src/envelope';
import { ConcurrencyError, IdempotencyConflictError } from '../../src/errors';
import { checkLink, verifyEventStore, type VerifyFailure } from '../../src/verify';
import { aNewEvent, aStreamId, someNewEvents } from '../event-builders';
import { sleep } from '../log-reading';
import { range, rejectionOf, type ContractContext } from './contract-context';

/** The first broken link of one stream read on its own, or null. */
function firstBrokenLink(events: readonly StoredEvent[]): VerifyFailure | null {
  let head: { version: number; hash: string } | undefined;
  for (const event of events) {
    const failure = checkLink(event, head);
    if (failure) return failure;
    head = { version: event.streamVersion, hash: event.hash };
  }
  return null;
}

export function concurrencyContract(ctx: ContractContext): void {
  describe('concurrent writers', () => {
    it('20 appenders to one stream (read version, append, retry on conflict): unique versions, none lost', async () => {
      const store = ctx.store();
      const streamId = aStreamId('Race');
      const WRITERS = 20;
      const MAX_ATTEMPTS = 60;
      let conflicts = 0;
      // Every writer reads the version before any appends, so the first round is a real race.
      let arrived = 0;
      let release!: () => void;
      const allHaveRead = new Promise<void>((resolve) => (release = resolve));

      const writer = async (n: number): Promise<{ eventId: string; result: AppendResult | null }> => {
        const event = aNewEvent({ type: 'WriterRaced', data: { writer: n } });
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
          const version = await store.streamVersion(streamId);
          if (attempt === 1) {
            if (++arrived === WRITERS) release();
            await allHaveRead;
          }
          try {
            return { eventId: event.eventId, result: await store.append(streamId, [event], version) };
          } catch (error) {
            if (!(error instanceof ConcurrencyError)) throw error;
            conflicts++;
            await sleep(Math.random() * Math.min(attempt, 10) * 2);
          }
        }
        return { eventId: event.eventId, result: null };
      };

      const outcomes = await Promise.all(range(WRITERS).map(writer));

      const successes = outcomes.filter((o) => o.result !== null);
      expect(successes).toHaveLength(WRITERS);
      expect(conflicts).toBeGreaterThanOrEqual(WRITERS - 1);
      for (const s of successes) expect(s.result!.duplicate).toBe(false);
      const versionOf = new Map(successes.map((s) => [s.eventId, s.result!.events[0].streamVersion]));
      expect([...versionOf.values()].sort((a, b) => a - b)).toEqual(range(WRITERS));

      const stream = await store.readStream(streamId);
      expect(stream).toHaveLength(WRITERS);
      for (const e of stream) expect(versionOf.get(e.eventId)).toBe(e.streamVersion);
      expect(firstBrokenLink(stream)).toBeNull();
      expect(await verifyEventStore(store)).toMatchObject({ ok: true });
    });

    it('appends to many streams at once: every event present, each stream gap-free and chained', async () => {
      const store = ctx.store();
      const anyStreams = range(4).map(() => aStreamId('ManyAny'));
      const seqStreams = range(4).map(() => aStreamId('ManySeq'));
      const sent = new Map<string, string[]>();
      const send = (streamId: string, count: number) => {
        const events = someNewEvents(count);
        sent.set(streamId, [...(sent.get(streamId) ?? []), ...events.map((e) => e.eventId)]);
        return events;
      };

      const results: AppendResult[] = [];
      await Promise.all([
        // five concurrent 'any' appends per stream
        ...anyStreams.flatMap((s) => range(5).map(async () => results.push(await store.append(s, send(s, 2), 'any')))),
        // one writer per stream, each append expecting the version the previous one returned
        ...seqStreams.map(async (s) => {
          let expected = NO_STREAM;
          for (let i = 0; i < 5; i++) {
            const result = await store.append(s, send(s, 2), expected);
            results.push(result);
            expected = result.nextExpectedVersion;
          }
        }),
      ]);

      const streams = new Map<string, StoredEvent[]>();
      for (const streamId of [...anyStreams, ...seqStreams]) {
        const stream = await store.readStream(streamId);
        streams.set(streamId, stream);
        expect(stream.map((e) => e.streamVersion)).toEqual(range(10));
        expect(stream.map((e) => e.eventId).sort()).toEqual([...sent.get(streamId)!].sort());
        expect(firstBrokenLink(stream)).toBeNull();
      }
      // Each batch landed whole, at the versions its result reported.
      expect(results).toHaveLength(40);
      for (const result of results) {
        const first = result.events[0].streamVersion;
        expect(streams.get(result.streamId)!.slice(first, first + 2)).toEqual(result.events);
        expect(result.nextExpectedVersion).toBe(first + 1);
      }
    });
    // Stores that share one commit among concurrent appends (group commit) must keep each append's
    // checks its own: the appends below are all sent before any is answered.
    it('appends sent together: those that fail (stale version, a retry, an id of another stream) fail alone, the others are stored', async () => {
      const store = ctx.store();
      const existing = aStreamId('Shared');
      await store.append(existing, [aNewEvent()], NO_STREAM);
      const taken = aNewEvent();
      await store.append(aStreamId('Shared'), [taken], NO_STREAM);
      const good = range(8).map((i) => ({ streamId: aStreamId('Shared'), events: someNewEvents(i % 3 + 1) }));
      const raced = aStreamId('Shared');
      const first = someNewEvents(2);
      const second = someNewEvents(1);

      const [goodOutcomes, stale, foreign, racing] = await Promise.all([
        Promise.allSettled(good.map((g) => store.append(g.streamId, g.events, NO_STREAM))),
        rejectionOf(store.append(existing, [aNewEvent()], NO_STREAM)),
        rejectionOf(store.append(aStreamId('Shared'), [taken], NO_STREAM)),
        // two appends that both start the same stream, and a retry of the first (same ids, same version):
        // which of the two commits first is the store's (or the pool's) choice, but only one may
        Promise.allSettled([store.append(raced, first, NO_STREAM), store.append(raced, second, NO_STREAM), store.append(raced, first, NO_STREAM)]),
      ]);

      expect(stale).toBeInstanceOf(ConcurrencyError);
      expect(foreign).toBeInstanceOf(IdempotencyConflictError);
      const ids = (events: readonly { eventId: string }[]) => events.map((e) => e.eventId);
      const storedRaced = ids(await store.readStream(raced));
      expect([ids(first), ids(second)]).toContainEqual(storedRaced);
      for (const outcome of racing) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ConcurrencyError);
        // an append answered as stored is what the stream holds: the original, or the retry answered
        // with the original's result; never the events a second time
        else expect(ids(outcome.value.events)).toEqual(storedRaced);
      }
      const [racedFirst, racedSecond, retried] = racing;
      if (storedRaced.length === first.length) {
        expect(racedSecond.status).toBe('rejected');
        expect([racedFirst.status, retried.status]).toContain('fulfilled');
      } else {
        expect([racedFirst.status, retried.status]).toEqual(['rejected', 'rejected']);
      }

      goodOutcomes.forEach((outcome, i) => {
        expect(outcome.status).toBe('fulfilled');
        const { value } = outcome as PromiseFulfilledResult<AppendResult>;
        expect(value.events.map((e) => e.eventId)).toEqual(good[i].events.map((e) => e.eventId));
        expect(value.nextExpectedVersion).toBe(good[i].events.length - 1);
      });
      for (const g of good) {
        const stream = await store.readStream(g.streamId);
        expect(stream.map((e) => e.eventId)).toEqual(g.events.map((e) => e.eventId));
        expect(firstBrokenLink(stream)).toBeNull();
      }
      expect(await store.streamVersion(existing)).toBe(0);
    });
  });
}
