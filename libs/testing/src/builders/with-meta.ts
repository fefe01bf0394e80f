import type { EventMeta } from '@schakel/domain';

/** The event with (part of) its meta fixed, e.g. an eventId a later correction names. */
function withMeta<E extends { type: string; data: unknown }>(event: E, meta: Partial<EventMeta>): E & { meta: Partial<EventMeta> } {
  return { ...event, meta };
}

/** Shorthand: the event with a fixed eventId. */
export function withEventId<E extends { type: string; data: unknown }>(event: E, eventId: string): E & { meta: Partial<EventMeta> } {
  return withMeta(event, { eventId });
}
