import { partyDecider, partyStreamId, normaliseEmail } from '@schakel/domain';
import { uuidv7 } from '@schakel/event-store';
import { MemberQueries, type MemberView } from '@schakel/read-models';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { READ_MODELS, type Caller } from '@schakel/infrastructure';
import { WriteSide } from '../core/write-side';
import type { CommandContext, CommandResult } from '../core/command-runner';

export interface Invitation {
  readonly partyId: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly language: string;
  readonly workerId?: string | null;
  /** The user id already chosen for the address (a grant naming the inspector); else found or made here. */
  readonly userId?: string;
  /** The grant that lets its grantor invite the inspector (see decideInviteMember). */
  readonly viaGrant?: { grantId: string; inspectorPartyId: string; grantedByPartyId: string } | null;
}

/** The membership commands on a party's stream, and the read model they keep. */
@Injectable()
export class MembershipWrites {
  readonly members: MemberQueries;

  constructor(
    private readonly writes: WriteSide,
    @Inject(READ_MODELS) dataSource: DataSource,
  ) {
    this.members = new MemberQueries(dataSource);
  }

  async invite(input: Invitation, context: CommandContext): Promise<CommandResult & { invitationId: string; userId: string; email: string }> {
    const partyId = this.writes.id(input.partyId, 'partyId');
    const email = normaliseEmail(input.email);
    // One person, one user id: a second party inviting the same address names the same user.
    const userId = input.userId ?? (await this.members.userIdOfEmail(email)) ?? uuidv7();
    const invitationId = this.writes.newId(context, 'invitationId');
    const result = await this.writes.run(partyDecider, partyStreamId(partyId), context, (metadata) => ({
      type: 'InviteMember' as const,
      data: { partyId, invitationId, userId, email, name: input.name, role: input.role, workerId: input.workerId ?? null, language: input.language, viaGrant: input.viaGrant ?? null },
      metadata,
    }));
    return { ...result, invitationId, userId, email };
  }

  /** The invited person accepts one invitation of theirs (while signed in for another party). */
  accept(input: { partyId: string; invitationId: string }, context: CommandContext): Promise<CommandResult> {
    const partyId = this.writes.id(input.partyId, 'partyId');
    return this.writes.run(partyDecider, partyStreamId(partyId), context, (metadata) => ({
      type: 'AcceptInvitation' as const,
      data: { partyId, invitationId: input.invitationId },
      metadata,
    }));
  }

  /** The invited person accepts every invitation still open for them (they proved the address by signing in). */
  async acceptOpenInvitations(userId: string, memberships: readonly MemberView[], correlationId: string): Promise<void> {
    for (const m of memberships.filter((m) => m.status === 'INVITED' && m.userId === userId)) {
      const caller: Caller = { userId, partyId: m.partyId, role: m.role as Caller['role'], workerId: m.workerId };
      await this.writes.run(partyDecider, partyStreamId(m.partyId), { caller, correlationId }, (metadata) => ({
        type: 'AcceptInvitation' as const,
        data: { partyId: m.partyId, invitationId: m.invitationId },
        metadata,
      }));
    }
  }

  /** Binds the company sign-in (issuer, subject) to each of the person's memberships not yet bound, as the person themselves. */
  async linkIdentity(userId: string, memberships: readonly MemberView[], identity: { issuer: string; subject: string }, correlationId: string): Promise<void> {
    for (const m of memberships.filter((m) => m.userId === userId && m.identitySubject === null)) {
      const caller: Caller = { userId, partyId: m.partyId, role: m.role as Caller['role'], workerId: m.workerId };
      await this.writes.run(partyDecider, partyStreamId(m.partyId), { caller, correlationId }, (metadata) => ({
        type: 'LinkMemberIdentity' as const,
        data: { partyId: m.partyId, userId, issuer: identity.issuer, subject: identity.subject },
        metadata,
      }));
    }
  }

  changeRole(input: { partyId: string; userId: string; role: string; workerId?: string | null }, context: CommandContext): Promise<CommandResult> {
    const partyId = this.writes.id(input.partyId, 'partyId');
    return this.writes.run(partyDecider, partyStreamId(partyId), context, (metadata) => ({
      type: 'ChangeMemberRole' as const,
      data: { partyId, userId: input.userId, role: input.role, workerId: input.workerId ?? null },
      metadata,
    }));
  }

  remove(input: { partyId: string; userId: string }, context: CommandContext): Promise<CommandResult> {
    const partyId = this.writes.id(input.partyId, 'partyId');
    return this.writes.run(partyDecider, partyStreamId(partyId), context, (metadata) => ({
      type: 'RemoveMember' as const,
      data: { partyId, userId: input.userId },
      metadata,
    }));
  }
}
