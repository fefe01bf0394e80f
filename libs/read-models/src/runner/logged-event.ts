import { chainStreamCategory, type ChainEvent, type PartyEvent } from '@schakel/domain';
import type { LoggedEvent } from '@schakel/event-store';

// The store keeps type and data exactly as the domain emitted them, so a projection may read
// an envelope as the domain event union and let TypeScript narrow `data` by `type`.

export function asChainEvent(event: LoggedEvent): ChainEvent {
  return { type: event.type, data: event.data } as ChainEvent;
}

export function asPartyEvent(event: LoggedEvent): PartyEvent {
  return { type: event.type, data: event.data } as PartyEvent;
}

/** The chain id of a `chain-<id>` stream (only ChainOpened repeats it in its data). */
export function chainIdOf(event: LoggedEvent): string {
  const prefix = `${chainStreamCategory}-`;
  return event.streamId.startsWith(prefix) ? event.streamId.slice(prefix.length) : event.streamId;
}

/** Fails the batch (and so leaves rows and checkpoint as they were) on an event no case handles. */
export function unhandled(value: never, event: LoggedEvent): never {
  throw new UnknownEventTypeError((value as { type: string }).type ?? event.type, event.eventId);
}

class UnknownEventTypeError extends Error {
  readonly code = 'READ_MODEL_UNKNOWN_EVENT_TYPE';
  constructor(
    readonly type: string,
    readonly eventId: string,
  ) {
    super(`no read-model handler for event ${eventId} of type ${type}`);
    this.name = 'UnknownEventTypeError';
  }
}
