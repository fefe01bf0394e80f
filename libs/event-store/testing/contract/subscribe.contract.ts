import { NO_STREAM, START, type LoggedEvent, type StoredEvent } from '../../src/envelope';
import { aStreamId, someNewEvents } from '../event-builders';
import { readOurs, sleep, startSubscription, waitUntil } from '../log-reading';
import type { ContractContext } from './contract-context';

const idsOf = (events: readonly { eventId: string }[]): string[] => events.map((e) => e.eventId);

function duplicatesIn(events: readonly LoggedEvent[]): string[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.eventId) ? true : (seen.add(e.eventId), false))).map((e) => e.eventId);
}

const hasAll = (received: readonly LoggedEvent[], wanted: readonly StoredEvent[]): boolean => {
  const ids = new Set(idsOf(received));
  return wanted.every((e) => ids.has(e.eventId));
};

export function subscribeContract(ctx: ContractContext): void {
  describe('subscribe', () => {
    it('catches up, then goes live: every event exactly once, in readAll order', async () => {
      const store = ctx.store();
      const end = await ctx.cursor().end();
      const a = aStreamId('SubA');
      const b = aStreamId('SubB');
      const before = [
        ...(await store.append(a, someNewEvents(3), NO_STREAM)).events,
        ...(await store.append(b, someNewEvents(4), NO_STREAM)).events,
      ];

      const subscription = startSubscription(store, { after: end, batchSize: 2 });
      let live: StoredEvent[] = [];
      try {
        await waitUntil(() => hasAll(subscription.received, before), () => `caught up ${subscription.received.length} of ${before.length}`);
        live = [
          ...(await store.append(a, someNewEvents(2), 2)).events,
          ...(await store.append(b, someNewEvents(1), 3)).events,
        ];
        await waitUntil(() => hasAll(subscription.received, live), () => `live events missing after ${subscription.received.length}`);
        await sleep(100); // room for a late duplicate to show up
      } finally {
        await subscription.stop();
      }

      expect(duplicatesIn(subscription.received)).toEqual([]);
      const ours = subscription.received.filter((e) => e.streamId === a || e.streamId === b);
      expect(ours).toEqual(await readOurs(store, end, idsOf([...before, ...live])));
      expect(ours).toHaveLength(10);
    });

    it('delivers events appended while it is catching up exactly once, in readAll order', async () => {
      const store = ctx.store();
      const end = await ctx.cursor().end();
      const streamId = aStreamId('SubRace');
      await store.append(streamId, someNewEvents(5), NO_STREAM);

      const subscription = startSubscription(store, { after: end, batchSize: 1 });
      try {
        for (let version = 4; version < 24; version += 2) {
          await store.append(streamId, someNewEvents(2), version);
          await sleep(version % 3); // let the subscription's reads interleave with the writes
        }
        await waitUntil(
          () => subscription.received.filter((e) => e.streamId === streamId).length >= 25,
          () => `received ${subscription.received.filter((e) => e.streamId === streamId).length} of 25`,
        );
        await sleep(100);
      } finally {
        await subscription.stop();
      }

      expect(duplicatesIn(subscription.received)).toEqual([]);
      const ours = subscription.received.filter((e) => e.streamId === streamId);
      expect(ours.map((e) => e.streamVersion)).toEqual(Array.from({ length: 25 }, (_, i) => i));
      expect(ours).toEqual(await readOurs(store, end, idsOf(ours)));
    });

    it('starts right after the checkpoint it is given', async () => {
      const store = ctx.store();
      const end = await ctx.cursor().end();
      const streamId = aStreamId('SubFrom');
      const written = (await store.append(streamId, someNewEvents(4), NO_STREAM)).events;
      const logged = await readOurs(store, end, idsOf(written));

      const subscription = startSubscription(store, { after: logged[1].checkpoint });
      try {
        await waitUntil(() => hasAll(subscription.received, written.slice(2)), () => `received ${subscription.received.length}`);
        await sleep(50);
      } finally {
        await subscription.stop();
      }

      const ours = subscription.received.filter((e) => e.streamId === streamId);
      expect(ours).toEqual(logged.slice(2));
    });

    it('ends promptly when its signal is aborted while it waits for new events', async () => {
      const store = ctx.store();
      const subscription = startSubscription(store, { after: await ctx.cursor().end() });
      await sleep(150); // caught up: now waiting live
      const started = Date.now();
      await subscription.stop();
      expect(Date.now() - started).toBeLessThan(500);
    });

    it('yields nothing and ends when its signal is already aborted', async () => {
      const store = ctx.store();
      await store.append(aStreamId('SubAborted'), someNewEvents(1), NO_STREAM);
      const controller = new AbortController();
      controller.abort();
      const subscription = startSubscription(store, { after: START }, controller);
      const outcome = await Promise.race([subscription.ended.then(() => 'ended'), sleep(1000).then(() => 'still running')]);
      expect(outcome).toBe('ended');
      expect(subscription.received).toEqual([]);
    });
  });
}
