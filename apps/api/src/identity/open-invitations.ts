import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PartyQueries } from '@schakel/read-models';
import { READ_MODELS } from '@schakel/infrastructure';
import { MembershipWrites } from './membership-writes';
import type { OpenInvitation } from './identity.types';

/** A signed-in person's invitations not yet accepted, each with the name of the party that sent it. */
@Injectable()
export class OpenInvitations {
  private readonly parties: PartyQueries;

  constructor(
    private readonly memberships: MembershipWrites,
    @Inject(READ_MODELS) dataSource: DataSource,
  ) {
    this.parties = new PartyQueries(dataSource);
  }

  async of(userId: string): Promise<OpenInvitation[]> {
    const open = (await this.memberships.members.membershipsOfUser(userId)).filter((m) => m.status === 'INVITED');
    const names = new Map((await this.parties.parties(open.map((m) => m.partyId))).map((p) => [p.id, p.name]));
    return open.map((m) => ({ partyId: m.partyId, partyName: names.get(m.partyId) ?? 'a party not yet in the read model', invitationId: m.invitationId, role: m.role, invitedAt: new Date(m.invitedAt) }));
  }
}
