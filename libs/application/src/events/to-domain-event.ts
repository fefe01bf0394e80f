import type { DomainEvent } from '@schakel/domain';
import type { StoredEvent } from '@schakel/event-store';
import { provenanceOf } from './provenance-of';

/** A stored envelope as the domain folds it: type, data, and the meta corrections need. */
export function toDomainEvent<E extends DomainEvent<string, unknown>>(stored: StoredEvent): E {
  return {
    type: stored.type,
    data: stored.data,
    meta: {
      eventId: stored.eventId,
      occurredAt: stored.occurredAt,
      recordedAt: stored.recordedAt,
      actorPartyId: stored.actor.partyId,
      ...provenanceOf(stored),
    },
  } as unknown as E;
}
