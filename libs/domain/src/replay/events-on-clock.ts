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
