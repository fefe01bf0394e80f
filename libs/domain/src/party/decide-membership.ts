import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '../shared/errors';
import type { CommandActor } from '../shared/messages';
import { isNonEmptyText, requireLanguage, requireOneOf } from '../shared/values';
import type { AcceptInvitation, ChangeMemberRole, InviteMember, LinkMemberIdentity, RemoveMember } from './membership.commands';
import {
  memberRoles,
  type InvitationAccepted,
  type MemberIdentityLinked,
  type MemberInvited,
  type MemberRemoved,
  type MemberRole,
  type MemberRoleChanged,
} from './membership.events';
import { workerOf, type MemberState, type PartyState, type RegisteredParty } from './party.state';

// Deliberately loose: the address is proven by the sign-in link, not by its shape.
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,63}$/;

export function normaliseEmail(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!EMAIL.test(email) || email.length > 254) throw new Invalid('MEMBER_EMAIL_INVALID', { value: String(value) });
  return email;
}

/** An installation ADMIN, or a MANAGER acting for this very party. */
function requireManagerOf(actor: CommandActor, partyId: string): void {
  if (actor.role === 'ADMIN') return;
  if (actor.role !== 'MANAGER' || actor.partyId !== partyId) throw new NotAllowed('MEMBER_MANAGER_REQUIRED', { partyId });
}

function requireRegistered(state: PartyState, partyId: string): RegisteredParty {
  if (state.status !== 'Registered') throw new NotFound('PARTY_NOT_FOUND', { partyId });
  return state;
}

/** A WORKER member is one of the party's registered workers; other roles name no worker. */
function workerFor(state: RegisteredParty, role: MemberRole, workerId: string | null): string | null {
  if (role !== 'WORKER') {
    if (workerId) throw new Invalid('MEMBER_WORKER_ONLY_FOR_WORKER', { role });
    return null;
  }
  if (!workerId) throw new Invalid('MEMBER_WORKER_REQUIRED');
  if (!workerOf(state, workerId)) throw new NotFound('WORKER_NOT_FOUND', { workerId });
  return workerId;
}

function memberOf(state: RegisteredParty, userId: string): MemberState {
  const member = state.members.find((m) => m.userId === userId);
  if (!member) throw new NotFound('MEMBER_NOT_FOUND', { userId, partyId: state.partyId });
  return member;
}

/** The last active MANAGER may not leave the party without anyone to manage it. */
function keepsAManager(state: RegisteredParty, leaving: MemberState): void {
  if (leaving.role !== 'MANAGER' || leaving.status !== 'ACTIVE') return;
  const others = state.members.filter((m) => m.role === 'MANAGER' && m.status === 'ACTIVE' && m.userId !== leaving.userId);
  if (others.length === 0) throw new RuleViolated('MEMBER_LAST_MANAGER', { partyId: state.partyId }, 'PartyKeepsAManager');
}

/**
 * A MANAGER of the party or an ADMIN invites anyone; a MANAGER whose party has just granted this party
 * access to a chain invites the inspector the grant is for, as INSPECTOR and nothing else.
 */
function requireInviter(command: InviteMember, role: MemberRole): void {
  const { actor } = command.metadata;
  const grant = command.data.viaGrant ?? null;
  if (grant === null || actor.role !== 'MANAGER') return requireManagerOf(actor, command.data.partyId);
  if (grant.inspectorPartyId !== command.data.partyId || grant.grantedByPartyId !== actor.partyId) {
    throw new NotAllowed('MEMBER_MANAGER_REQUIRED', { partyId: command.data.partyId });
  }
  if (role !== 'INSPECTOR') throw new NotAllowed('MEMBER_GRANT_INVITES_INSPECTOR', { role });
}

export function decideInviteMember(command: InviteMember, state: PartyState): MemberInvited[] {
  const { partyId, invitationId, userId } = command.data;
  const email = normaliseEmail(command.data.email);
  if (!isNonEmptyText(command.data.name)) throw new Invalid('MEMBER_NAME_REQUIRED');
  const role = requireOneOf(command.data.role, memberRoles, 'role');
  const language = requireLanguage(command.data.language);
  requireInviter(command, role);
  const party = requireRegistered(state, partyId);
  const workerId = workerFor(party, role, command.data.workerId ?? null);
  const existing = party.members.find((m) => m.email === email || m.userId === userId);
  if (existing) throw new Conflict('MEMBER_ALREADY_MEMBER', { email, partyId });
  return [
    {
      type: 'MemberInvited',
      data: { partyId, invitationId, userId, email, name: command.data.name.trim(), role, workerId, language, invitedBy: command.metadata.actor.userId },
    },
  ];
}

export function decideAcceptInvitation(command: AcceptInvitation, state: PartyState): InvitationAccepted[] {
  const { partyId, invitationId } = command.data;
  const party = requireRegistered(state, partyId);
  const member = party.members.find((m) => m.invitationId === invitationId);
  if (!member) throw new NotFound('INVITATION_NOT_FOUND', { invitationId });
  if (member.userId !== command.metadata.actor.userId) throw new NotAllowed('INVITATION_NOT_YOURS', { invitationId });
  if (member.status !== 'INVITED') throw new Conflict('INVITATION_ALREADY_ACCEPTED', { invitationId });
  return [{ type: 'InvitationAccepted', data: { partyId, invitationId, userId: member.userId } }];
}

export function decideChangeMemberRole(command: ChangeMemberRole, state: PartyState): MemberRoleChanged[] {
  const { partyId, userId } = command.data;
  const role = requireOneOf(command.data.role, memberRoles, 'role');
  requireManagerOf(command.metadata.actor, partyId);
  const party = requireRegistered(state, partyId);
  const member = memberOf(party, userId);
  const workerId = workerFor(party, role, command.data.workerId ?? null);
  if (member.role === role && member.workerId === workerId) throw new Conflict('MEMBER_ROLE_UNCHANGED', { userId, role });
  if (role !== 'MANAGER') keepsAManager(party, member);
  return [{ type: 'MemberRoleChanged', data: { partyId, userId, role, workerId, changedBy: command.metadata.actor.userId } }];
}

export function decideRemoveMember(command: RemoveMember, state: PartyState): MemberRemoved[] {
  const { partyId, userId } = command.data;
  requireManagerOf(command.metadata.actor, partyId);
  const party = requireRegistered(state, partyId);
  const member = memberOf(party, userId);
  keepsAManager(party, member);
  return [{ type: 'MemberRemoved', data: { partyId, userId, removedBy: command.metadata.actor.userId } }];
}

/**
 * Binds an OpenID Connect subject to a member, taken by the member themselves. A member keeps the
 * subject they were first linked to; one subject is never two members of one party.
 */
export function decideLinkMemberIdentity(command: LinkMemberIdentity, state: PartyState): MemberIdentityLinked[] {
  const { partyId, userId } = command.data;
  const issuer = typeof command.data.issuer === 'string' ? command.data.issuer.trim() : '';
  const subject = typeof command.data.subject === 'string' ? command.data.subject : '';
  if (!issuer || issuer.length > 500) throw new Invalid('MEMBER_IDENTITY_ISSUER_INVALID', { value: issuer });
  if (!subject || subject.length > 255) throw new Invalid('MEMBER_IDENTITY_SUBJECT_INVALID');
  if (command.metadata.actor.userId !== userId) throw new NotAllowed('MEMBER_IDENTITY_NOT_YOURS', { userId });
  const party = requireRegistered(state, partyId);
  const member = memberOf(party, userId);
  const linked = member.identity ?? null;
  if (linked) {
    if (linked.issuer === issuer && linked.subject === subject) throw new Conflict('MEMBER_IDENTITY_UNCHANGED', { userId });
    throw new Conflict('MEMBER_IDENTITY_ALREADY_LINKED', { userId, partyId });
  }
  const other = party.members.find((m) => m.userId !== userId && m.identity?.issuer === issuer && m.identity?.subject === subject);
  if (other) throw new Conflict('MEMBER_IDENTITY_TAKEN', { partyId });
  return [{ type: 'MemberIdentityLinked', data: { partyId, userId, issuer, subject } }];
}
