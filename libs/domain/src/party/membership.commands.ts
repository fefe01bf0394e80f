import type { DomainCommand } from '../shared/messages';
import type { PartyId, WorkerId } from '../shared/values';

export type InviteMember = DomainCommand<
  'InviteMember',
  {
    partyId: PartyId;
    /** Made by the application. */
    invitationId: string;
    /** The user this e-mail address already belongs to, or a new id: made by the application. */
    userId: string;
    email: string;
    name: string;
    role: string;
    workerId: WorkerId | null;
    language: string;
    /**
     * A grant the actor's party just gave this (inspectorate) party, read by the application from the
     * access stream: it lets the grantor invite the inspector it names, as INSPECTOR only.
     */
    viaGrant?: { grantId: string; inspectorPartyId: PartyId; grantedByPartyId: PartyId } | null;
  }
>;

/** Taken by the invited person themselves (the actor's userId must be the invitation's). */
export type AcceptInvitation = DomainCommand<'AcceptInvitation', { partyId: PartyId; invitationId: string }>;

export type ChangeMemberRole = DomainCommand<
  'ChangeMemberRole',
  { partyId: PartyId; userId: string; role: string; workerId: WorkerId | null }
>;

export type RemoveMember = DomainCommand<'RemoveMember', { partyId: PartyId; userId: string }>;

/** Taken by the member themselves on their first sign-in through the company's OpenID Connect provider. */
export type LinkMemberIdentity = DomainCommand<'LinkMemberIdentity', { partyId: PartyId; userId: string; issuer: string; subject: string }>;

export type MembershipCommand = InviteMember | AcceptInvitation | ChangeMemberRole | RemoveMember | LinkMemberIdentity;
