import type { DomainEvent } from '../shared/messages';
import type { LanguageCode, PartyId, WorkerId } from '../shared/values';

/** What a member may do for its party. An installation ADMIN is not a member of a party. */
export const memberRoles = ['MANAGER', 'WORKER', 'INSPECTOR'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Stream `party-<partyId>`: a person was invited to act for the party; they become a member on accepting. */
export type MemberInvited = DomainEvent<
  'MemberInvited',
  {
    partyId: PartyId;
    invitationId: string;
    userId: string;
    /** Lower-cased. */
    email: string;
    name: string;
    role: MemberRole;
    /** For a WORKER: the registered worker of the party this person is. */
    workerId: WorkerId | null;
    language: LanguageCode;
    invitedBy: string;
  }
>;

export type InvitationAccepted = DomainEvent<'InvitationAccepted', { partyId: PartyId; invitationId: string; userId: string }>;

export type MemberRoleChanged = DomainEvent<
  'MemberRoleChanged',
  { partyId: PartyId; userId: string; role: MemberRole; workerId: WorkerId | null; changedBy: string }
>;

export type MemberRemoved = DomainEvent<'MemberRemoved', { partyId: PartyId; userId: string; removedBy: string }>;

/**
 * The member signed in through the company's OpenID Connect provider: from now on that provider's
 * subject (issuer + `sub`) is this member, whatever e-mail address the provider later reports.
 */
export type MemberIdentityLinked = DomainEvent<'MemberIdentityLinked', { partyId: PartyId; userId: string; issuer: string; subject: string }>;

export type MembershipEvent = MemberInvited | InvitationAccepted | MemberRoleChanged | MemberRemoved | MemberIdentityLinked;

export const membershipEventTypes = [
  'MemberInvited',
  'InvitationAccepted',
  'MemberRoleChanged',
  'MemberRemoved',
  'MemberIdentityLinked',
] as const satisfies readonly MembershipEvent['type'][];
