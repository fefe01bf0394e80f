import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '../shared/errors';
import { isNonEmptyText } from '../shared/values';
import type { PartyState } from '../party/party.state';
import type { ErasePersonalData } from './personal-data.commands';
import type { PersonalDataErased } from './personal-data.events';

/**
 * Erases a worker of the party (or the person party itself): an installation ADMIN or a MANAGER of
 * the party. Refused, writing nothing, while a statutory record still holds the data.
 */
export function decideErasePersonalData(command: ErasePersonalData, state: PartyState): PersonalDataErased[] {
  const { partyId, subjectId, reason, erasedAs, holds } = command.data;
  const { actor } = command.metadata;
  if (actor.role !== 'ADMIN' && (actor.role !== 'MANAGER' || actor.partyId !== partyId)) {
    throw new NotAllowed('PERSONAL_DATA_ERASER_NOT_ALLOWED', { partyId });
  }
  if (!isNonEmptyText(reason)) throw new Invalid('PERSONAL_DATA_REASON_REQUIRED');
  if (state.status !== 'Registered') throw new NotFound('PARTY_NOT_FOUND', { partyId });
  const isWorker = state.workers.some((worker) => worker.workerId === subjectId);
  const isThePerson = state.kind === 'PERSON' && state.partyId === subjectId;
  if (!isWorker && !isThePerson) throw new NotFound('PERSONAL_DATA_SUBJECT_NOT_FOUND', { subjectId, partyId });
  if (state.erased?.includes(subjectId)) throw new Conflict('PERSONAL_DATA_ALREADY_ERASED', { subjectId });
  const hold = holds[0];
  if (hold) {
    throw new RuleViolated('PERSONAL_DATA_RETENTION_HOLD', { subjectId, until: hold.until.slice(0, 10), basis: hold.basis }, 'RetentionHoldsErasure');
  }
  return [{ type: 'PersonalDataErased', data: { partyId, subjectId, erasedAs, reason: reason.trim(), erasedBy: actor.userId } }];
}
