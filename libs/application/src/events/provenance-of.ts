import type { ImportMark } from '@schakel/domain';
import type { StoredEvent } from '@schakel/event-store';

/** How an entry came in, as the domain's meta carries it: an import, or a worker's own token. */
export function provenanceOf(stored: StoredEvent): { imported?: ImportMark; actorWorkerId?: string } {
  const from = stored.actor.importedFrom;
  return {
    ...(from ? { imported: { importId: from.importId, sourceSha256: from.sourceSha256, importerPartyId: stored.actor.partyId } } : {}),
    // a worker's own token: its own act, not a manager's entry on its behalf
    ...(stored.actor.role === 'WORKER' && stored.actor.workerId ? { actorWorkerId: stored.actor.workerId } : {}),
  };
}
