import { NO_STREAM, type AppendResult, type StoredEvent } from '../../src/envelope';
import { ConcurrencyError } from '../../src/errors';
import { checkLink, verifyEventStore, type VerifyFailure } from '../../src/verify';
import { aNewEvent, aStreamId, someNewEvents } from '../event-builders';
import { sleep } from '../log-reading';
import { range, type ContractContext } from './contract-context';

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
  });
}
