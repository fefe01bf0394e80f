import type { Decider } from '../shared/decider';
import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '../shared/errors';
import { assertOccurredAt } from '../shared/time';
import { isCountryCode, isKvkNumber, isNonEmptyText, partyKinds, requireLanguage, requireOneOf } from '../shared/values';
import type { PartyCommand, RegisterParty, RegisterWorker } from './party.commands';
import { workerRelations, type PartyEvent, type PartyRegistered, type WorkerRegistered } from './party.events';
import { decideAcceptInvitation, decideChangeMemberRole, decideInviteMember, decideLinkMemberIdentity, decideRemoveMember } from './decide-membership';
import { decideErasePersonalData } from '../personal-data/decide-erase-personal-data';
import { initialPartyState, workerOf, type PartyState } from './party.state';

function decideRegisterParty(command: RegisterParty, state: PartyState): PartyRegistered[] {
  const { partyId, name, kvkNumber } = command.data;
  const kind = requireOneOf(command.data.kind, partyKinds, 'kind');
  if (!isNonEmptyText(name)) throw new Invalid('PARTY_NAME_REQUIRED');
  if (kvkNumber !== null && !isKvkNumber(kvkNumber)) throw new Invalid('PARTY_KVK_INVALID', { value: String(kvkNumber) });
  const country = typeof command.data.country === 'string' ? command.data.country.trim().toUpperCase() : '';
  if (!isCountryCode(country)) throw new Invalid('PARTY_COUNTRY_INVALID', { value: String(command.data.country) });
  if (state.status === 'Registered') throw new Conflict('PARTY_ALREADY_REGISTERED', { partyId });
  return [
    {
      type: 'PartyRegistered',
      data: { partyId, kind, name: name.trim(), kvkNumber, country, registeredBy: command.metadata.actor.partyId },
    },
  ];
}

function decideRegisterWorker(command: RegisterWorker, state: PartyState): WorkerRegistered[] {
  const { partyId, workerId, name } = command.data;
  if (!isNonEmptyText(name)) throw new Invalid('WORKER_NAME_REQUIRED');
  if (!Array.isArray(command.data.languages) || command.data.languages.length === 0) {
    throw new Invalid('WORKER_LANGUAGES_REQUIRED');
  }
  const languages = [...new Set(command.data.languages.map(requireLanguage))];
  const relation = requireOneOf(command.data.relation, workerRelations, 'relation');
  if (command.metadata.actor.partyId !== partyId) throw new NotAllowed('PARTY_NOT_OWN', { partyId });
  if (state.status !== 'Registered') throw new NotFound('PARTY_NOT_FOUND', { partyId });
  if (workerOf(state, workerId)) throw new Conflict('WORKER_ALREADY_REGISTERED', { workerId, partyId });
  if (relation === 'SELF') {
    if (state.kind !== 'PERSON') throw new RuleViolated('WORKER_SELF_NOT_PERSON', { partyId }, 'SelfOnlyForAPerson');
    const self = state.workers.find((worker) => worker.relation === 'SELF');
    if (self) throw new Conflict('WORKER_SELF_ALREADY_REGISTERED', { partyId, workerId: self.workerId }, 'SelfOnlyOnce');
  }
  return [{ type: 'WorkerRegistered', data: { partyId, workerId, name: name.trim(), languages, relation } }];
}

function decideParty(command: PartyCommand, state: PartyState): PartyEvent[] {
  const { metadata } = command;
  if (metadata.occurredAt !== undefined) assertOccurredAt(metadata.occurredAt, metadata.now);
  switch (command.type) {
    case 'RegisterParty':
      return decideRegisterParty(command, state);
    case 'RegisterWorker':
      return decideRegisterWorker(command, state);
    case 'InviteMember':
      return decideInviteMember(command, state);
    case 'AcceptInvitation':
      return decideAcceptInvitation(command, state);
    case 'ChangeMemberRole':
      return decideChangeMemberRole(command, state);
    case 'RemoveMember':
      return decideRemoveMember(command, state);
    case 'LinkMemberIdentity':
      return decideLinkMemberIdentity(command, state);
    case 'ErasePersonalData':
      return decideErasePersonalData(command, state);
    default: {
      const unreachable: never = command;
      throw new TypeError(`unknown party command ${(unreachable as { type: string }).type}`);
    }
  }
}

function evolveParty(state: PartyState, event: PartyEvent): PartyState {
  switch (event.type) {
    case 'PartyRegistered':
      if (state.status === 'Registered') return state;
      return { status: 'Registered', ...event.data, workers: [], members: [] };
    case 'WorkerRegistered': {
      if (state.status !== 'Registered') return state;
      const { partyId: _partyId, ...worker } = event.data;
      return { ...state, workers: [...state.workers, worker] };
    }
    case 'MemberInvited': {
      if (state.status !== 'Registered') return state;
      const { userId, invitationId, email, name, role, workerId } = event.data;
      return { ...state, members: [...state.members, { userId, invitationId, email, name, role, workerId, status: 'INVITED' }] };
    }
    case 'InvitationAccepted':
      if (state.status !== 'Registered') return state;
      return { ...state, members: state.members.map((m) => (m.invitationId === event.data.invitationId ? { ...m, status: 'ACTIVE' } : m)) };
    case 'MemberRoleChanged': {
      if (state.status !== 'Registered') return state;
      const { userId, role, workerId } = event.data;
      return { ...state, members: state.members.map((m) => (m.userId === userId ? { ...m, role, workerId } : m)) };
    }
    case 'MemberRemoved':
      if (state.status !== 'Registered') return state;
      return { ...state, members: state.members.filter((m) => m.userId !== event.data.userId) };
    case 'MemberIdentityLinked': {
      if (state.status !== 'Registered') return state;
      const { userId, issuer, subject } = event.data;
      return { ...state, members: state.members.map((m) => (m.userId === userId ? { ...m, identity: { issuer, subject } } : m)) };
    }
    case 'PersonalDataErased':
      if (state.status !== 'Registered') return state;
      return { ...state, erased: [...(state.erased ?? []), event.data.subjectId] };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** The party aggregate, stream `party-<partyId>`. */
export const partyDecider: Decider<PartyCommand, PartyEvent, PartyState> = {
  initialState: initialPartyState,
  evolve: evolveParty,
  decide: decideParty,
};
