import type { CountryCode, LanguageCode, PartyId, PartyKind, WorkerId } from '../shared/values';
import type { WorkerRelation } from './party.events';
import type { MemberRole } from './membership.events';

export type WorkerState = {
  workerId: WorkerId;
  name: string;
  languages: LanguageCode[];
  relation: WorkerRelation;
};

/** A person who may act for the party: INVITED until they accept, then ACTIVE; removed members leave the list. */
export type MemberState = {
  userId: string;
  invitationId: string;
  email: string;
  name: string;
  role: MemberRole;
  workerId: WorkerId | null;
  status: 'INVITED' | 'ACTIVE';
  /** The OpenID Connect subject bound to the member on their first company sign-in (absent in folds cached before it existed). */
  identity?: { issuer: string; subject: string } | null;
};

// Plain objects and arrays only (no Map/Set) so a cached fold can be serialised. Workers are a list,
// not a record keyed by id: an agency has thousands, and V8 copies a large keyed object slowly.
export type RegisteredParty = {
  status: 'Registered';
  partyId: PartyId;
  kind: PartyKind;
  name: string;
  kvkNumber: string | null;
  country: CountryCode;
  registeredBy: PartyId | null;
  /** In the order they were registered. */
  workers: WorkerState[];
  members: MemberState[];
  /** Subjects (workers, the person party) whose personal data was erased; absent in folds cached before it existed. */
  erased?: string[];
};

export type PartyState = { status: 'Unregistered' } | RegisteredParty;

export function initialPartyState(): PartyState {
  return { status: 'Unregistered' };
}

export function workerOf(state: PartyState, workerId: WorkerId): WorkerState | null {
  return state.status === 'Registered' ? (state.workers.find((worker) => worker.workerId === workerId) ?? null) : null;
}
