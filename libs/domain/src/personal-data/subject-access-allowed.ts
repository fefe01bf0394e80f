import { NotAllowed, NotFound } from '../shared/errors';
import type { PartyState } from '../party/party.state';
import type { PartyId } from '../shared/values';

/** Who asks what Schakel holds about a person. */
export type SubjectAccessAsker = { role: string; partyId: PartyId | null; workerId: string | null };

/**
 * Subject access (GDPR art. 15): an installation ADMIN, a MANAGER of the person's party (the party
 * that registered the worker; for a zzp'er the person party itself), or the person themself with a
 * WORKER token. The person must be the party's worker or the person party itself; an erased person
 * still is (the answer then says so).
 */
export function assertSubjectAccess(asker: SubjectAccessAsker, state: PartyState, partyId: PartyId, subjectId: string): void {
  const own = asker.partyId === partyId;
  const allowed = asker.role === 'ADMIN' || (asker.role === 'MANAGER' && own) || (asker.role === 'WORKER' && own && asker.workerId === subjectId);
  if (!allowed) throw new NotAllowed('PERSONAL_DATA_ACCESS_NOT_ALLOWED', { partyId });
  if (state.status !== 'Registered') throw new NotFound('PARTY_NOT_FOUND', { partyId });
  const isWorker = state.workers.some((worker) => worker.workerId === subjectId);
  const isThePerson = state.kind === 'PERSON' && state.partyId === subjectId;
  if (!isWorker && !isThePerson) throw new NotFound('PERSONAL_DATA_SUBJECT_NOT_FOUND', { subjectId, partyId });
}
