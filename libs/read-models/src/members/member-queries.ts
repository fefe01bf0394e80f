import type { DataSource } from 'typeorm';
import { MemberRow } from './member.entity';

export interface MemberView {
  readonly partyId: string;
  readonly userId: string;
  readonly invitationId: string;
  readonly email: string;
  readonly name: string;
  readonly role: string;
  readonly workerId: string | null;
  readonly language: string;
  readonly status: 'INVITED' | 'ACTIVE';
  readonly invitedAt: string;
  readonly joinedAt: string | null;
  readonly identityIssuer: string | null;
  readonly identitySubject: string | null;
}

const toView = (row: MemberRow): MemberView => ({ ...row, status: row.status as MemberView['status'] });

/** Memberships as the read model holds them now (removed members have none). */
export class MemberQueries {
  constructor(private readonly dataSource: DataSource) {}

  async members(partyId: string): Promise<MemberView[]> {
    const rows = await this.dataSource.getRepository(MemberRow).find({ where: { partyId }, order: { invitedAt: 'ASC', userId: 'ASC' } });
    return rows.map(toView);
  }

  async member(partyId: string, userId: string): Promise<MemberView | null> {
    const row = await this.dataSource.getRepository(MemberRow).findOneBy({ partyId, userId });
    return row ? toView(row) : null;
  }

  /** Every membership of an address, invited or active, oldest first. */
  async membershipsOfEmail(email: string): Promise<MemberView[]> {
    const rows = await this.dataSource.getRepository(MemberRow).find({ where: { email }, order: { invitedAt: 'ASC', partyId: 'ASC' } });
    return rows.map(toView);
  }

  async membershipsOfUser(userId: string): Promise<MemberView[]> {
    const rows = await this.dataSource.getRepository(MemberRow).find({ where: { userId }, order: { invitedAt: 'ASC', partyId: 'ASC' } });
    return rows.map(toView);
  }

  /** Every membership linked to a company sign-in (issuer and subject), oldest first. */
  async membershipsOfIdentity(issuer: string, subject: string): Promise<MemberView[]> {
    const rows = await this.dataSource.getRepository(MemberRow).find({ where: { identityIssuer: issuer, identitySubject: subject }, order: { invitedAt: 'ASC', partyId: 'ASC' } });
    return rows.map(toView);
  }

  /** The user id an address already has anywhere, so a second party's invitation names the same person. */
  async userIdOfEmail(email: string): Promise<string | null> {
    const row = await this.dataSource.getRepository(MemberRow).findOne({ where: { email }, order: { invitedAt: 'ASC' } });
    return row?.userId ?? null;
  }
}
