import { Conflict, NotAllowed, NotFound } from '../../shared/errors';
import type { EntryRecord, OpenedChain } from '../chain.state';
import { findEntry } from './find-entry';

/** The entry named by a correction or retraction: it exists, the actor recorded it, it still counts. */
export function requireOwnLiveEntry(state: OpenedChain, eventId: string, actorPartyId: string): EntryRecord {
  const entry = findEntry(state, eventId);
  if (!entry) throw new NotFound('ENTRY_NOT_FOUND', { eventId });
  EntryOnlyByItsRecorder(entry, actorPartyId);
  if (entry.retraction !== null) throw new Conflict('ENTRY_ALREADY_RETRACTED', { eventId });
  return entry;
}

/** Only the party that recorded an entry can correct or retract it. */
export function EntryOnlyByItsRecorder(entry: EntryRecord, actorPartyId: string): void {
  if (entry.recordedByPartyId !== actorPartyId) {
    throw new NotAllowed('ENTRY_NOT_OWN', { eventId: entry.eventId }, 'EntryOnlyByItsRecorder');
  }
}
