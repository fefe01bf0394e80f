import type { DomainEventShape, EventMeta } from '@schakel/domain';

/** An event as a test gives it: meta may be left out entirely or in part. */
export type GivenEvent<E extends DomainEventShape> = E extends unknown
  ? Omit<E, 'meta'> & { meta?: Partial<EventMeta> }
  : never;

export type MetaOptions<E extends DomainEventShape> = {
  /** The party that recorded an event whose meta does not say (e.g. from its data); default null. */
  recordedBy?: (event: GivenEvent<E>) => string | null;
  /** The harness clock: the first given event occurs here, each next one a minute later. */
  start?: string;
};

const DEFAULT_START = '2026-03-02T08:00:00.000Z';

export function givenEventId(index: number): string {
  return `evt-${String(index + 1).padStart(4, '0')}`;
}

function minutesAfter(start: string, minutes: number): string {
  return new Date(Date.parse(start) + minutes * 60_000).toISOString();
}

/** Gives every event full meta, as the application does when it folds stored events. */
export function attachMeta<E extends DomainEventShape>(
  events: readonly GivenEvent<E>[],
  options: MetaOptions<E> = {},
  firstIndex = 0,
): E[] {
  const start = options.start ?? DEFAULT_START;
  return events.map((event, offset) => {
    const index = firstIndex + offset;
    const given = event.meta ?? {};
    const occurredAt = given.occurredAt ?? minutesAfter(start, index);
    const meta: EventMeta = {
      eventId: given.eventId ?? givenEventId(index),
      occurredAt,
      recordedAt: given.recordedAt ?? occurredAt,
      actorPartyId: given.actorPartyId !== undefined ? given.actorPartyId : (options.recordedBy?.(event) ?? null),
    };
    return { ...event, meta } as unknown as E;
  });
}

export function withoutMeta<E extends DomainEventShape>(event: E): Omit<E, 'meta'> {
  const { meta: _meta, ...rest } = event;
  return rest;
}
