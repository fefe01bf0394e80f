import { instantKey, type ReplayClock, type ReplayEvent } from './replay-event';

/**
 * The events in the order of a clock: RECORDED keeps log order (the store appends in recorded
 * order); OCCURRED orders by occurredAt, then recordedAt, then log position (a stable sort).
 */
export function eventsOnClock<E extends ReplayEvent>(events: readonly E[], clock: ReplayClock): E[] {
  if (clock === 'RECORDED') return events.slice();
  const keyed = events.map((event, position) => ({
    event,
    position,
    occurred: instantKey(event.meta.occurredAt),
    recorded: instantKey(event.meta.recordedAt),
  }));
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort((a, b) => order(a.occurred, b.occurred) || order(a.recorded, b.recorded) || a.position - b.position);
  return keyed.map((k) => k.event);
}

/** The events that had happened (OCCURRED) or had been stored (RECORDED) by `asOf`, in that clock's order. */
export function eventsAsOf<E extends ReplayEvent>(events: readonly E[], asOf: string, clock: ReplayClock): E[] {
  const limit = instantKey(asOf);
  const field = clock === 'OCCURRED' ? 'occurredAt' : 'recordedAt';
  return eventsOnClock(
    events.filter((event) => instantKey(event.meta[field]) <= limit),
    clock,
  );
}

/** The events in a clock's order once, with each one's key on that clock: cut at many moments without sorting again. */
export type ClockOrder<E extends ReplayEvent> = {
  readonly events: readonly E[];
  readonly keys: readonly string[];
  /** True when the keys never go down in this order: `eventsAsOf` is then a prefix of `events` (always on OCCURRED). */
  readonly cutsAsPrefix: boolean;
};

export function clockOrder<E extends ReplayEvent>(events: readonly E[], clock: ReplayClock): ClockOrder<E> {
  const ordered = eventsOnClock(events, clock);
  const field = clock === 'OCCURRED' ? 'occurredAt' : 'recordedAt';
  const keys = ordered.map((event) => instantKey(event.meta[field]));
  return { events: ordered, keys, cutsAsPrefix: keys.every((key, i) => i === 0 || keys[i - 1] <= key) };
}

/** How many events of the order lie at or before `asOf` (when it cuts as a prefix: `eventsAsOf` is that many of them). */
export function countAsOf(order: ClockOrder<ReplayEvent>, asOf: string): number {
  const limit = instantKey(asOf);
  let lo = 0;
  let hi = order.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (order.keys[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
