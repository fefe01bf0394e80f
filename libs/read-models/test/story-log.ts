import { chainStreamId, partyStreamId, type ChainEvent, type PartyEvent } from '@schakel/domain';
import { NO_STREAM, uuidv7, type EventStore, type StoredEvent } from '@schakel/event-store';

/** The party (and worker) a story event is recorded by, as the API would take it from the token. */
export type StoryActor = { partyId: string; workerId?: string | null; role?: string };

/**
 * Appends domain events to a real store as the API would: one envelope per event, uuidv7 ids,
 * the right stream, expectedVersion from the stream head, an actor, and a valid time that moves
 * forward a few minutes per event (so ordering by time is meaningful).
 */
export class StoryLog {
  private readonly versions = new Map<string, number>();
  /** Every event appended, in order. */
  readonly appended: StoredEvent[] = [];
  private clock: number;

  constructor(
    private readonly store: EventStore,
    startsAt = '2026-03-02T07:00:00.000Z',
  ) {
    this.clock = Date.parse(startsAt);
  }

  /** The valid time of the last event appended. */
  now(): string {
    return new Date(this.clock).toISOString();
  }

  /** Moves valid time on, e.g. to a later working day. */
  at(instant: string): this {
    this.clock = Date.parse(instant);
    return this;
  }

  party(event: PartyEvent, actor: StoryActor): Promise<StoredEvent> {
    return this.append(partyStreamId(event.data.partyId), event, actor);
  }

  chain(chainId: string, event: ChainEvent, actor: StoryActor): Promise<StoredEvent> {
    return this.append(chainStreamId(chainId), event, actor);
  }

  private async append(streamId: string, event: { type: string; data: unknown }, actor: StoryActor): Promise<StoredEvent> {
    this.clock += 7 * 60_000;
    const expected = this.versions.get(streamId) ?? NO_STREAM;
    const correlationId = uuidv7();
    const result = await this.store.append(
      streamId,
      [
        {
          eventId: uuidv7(),
          type: event.type,
          schemaVersion: 1,
          data: event.data,
          occurredAt: new Date(this.clock).toISOString(),
          actor: {
            userId: `user-${actor.workerId ?? actor.partyId}`,
            partyId: actor.partyId,
            role: actor.role ?? (actor.workerId ? 'WORKER' : 'MANAGER'),
            workerId: actor.workerId ?? null,
          },
          correlationId,
          causationId: correlationId,
        },
      ],
      expected,
    );
    this.versions.set(streamId, result.nextExpectedVersion);
    this.appended.push(result.events[0]);
    // One store millisecond per event, so "by recorded time" is the story's order, not an id tie-break.
    while (Date.now() <= Date.parse(result.events[0].recordedAt)) await new Promise((resolve) => setTimeout(resolve, 1));
    return result.events[0];
  }
}
