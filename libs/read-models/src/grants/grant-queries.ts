import { In, IsNull, type DataSource } from 'typeorm';
import { ChainRow } from '../chains/chain.entity';
import { PartyRow } from '../parties/party.entity';
import { InspectorGrantRow } from './inspector-grant.entity';

export type GrantStatus = 'ACTIVE' | 'NOT_YET_VALID' | 'EXPIRED' | 'REVOKED';

export interface GrantView {
  readonly grantId: string;
  readonly chainId: string;
  readonly chainName: string;
  readonly inspectorPartyId: string;
  readonly inspectorPartyName: string;
  readonly inspectorUserId: string | null;
  readonly grantedByPartyId: string;
  readonly grantedByPartyName: string;
  readonly grantorStanding: string;
  readonly validFrom: string;
  readonly validUntil: string;
  readonly grantedAt: string;
  readonly status: GrantStatus;
  readonly revokedAt: string | null;
  readonly revokeReason: string | null;
}

function statusAt(row: InspectorGrantRow, now: string): GrantStatus {
  if (row.revokedAt) return 'REVOKED';
  if (now < row.validFrom) return 'NOT_YET_VALID';
  if (now >= row.validUntil) return 'EXPIRED';
  return 'ACTIVE';
}

/** Grants of inspector access with the names of the chain and the parties, for people to read. */
export class GrantQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** The grants an inspector may use now or later: to their inspectorate (all of it, or them), not revoked or expired. */
  async grantsTo(inspectorPartyId: string, userId: string, now: string): Promise<GrantView[]> {
    const rows = await this.dataSource.getRepository(InspectorGrantRow).find({
      where: [
        { inspectorPartyId, inspectorUserId: IsNull(), revokedAt: IsNull() },
        { inspectorPartyId, inspectorUserId: userId, revokedAt: IsNull() },
      ],
      order: { validUntil: 'ASC', grantId: 'ASC' },
    });
    return this.named(rows.filter((row) => row.validUntil > now), now);
  }

  /** Every grant a party gave, revoked and expired ones too, newest first. */
  async grantsBy(grantedByPartyId: string, now: string): Promise<GrantView[]> {
    const rows = await this.dataSource.getRepository(InspectorGrantRow).find({ where: { grantedByPartyId }, order: { grantedAt: 'DESC', grantId: 'ASC' } });
    return this.named(rows, now);
  }

  private async named(rows: InspectorGrantRow[], now: string): Promise<GrantView[]> {
    if (rows.length === 0) return [];
    const chains = await this.dataSource.getRepository(ChainRow).find({ where: { id: In([...new Set(rows.map((r) => r.chainId))]) } });
    const partyIds = [...new Set(rows.flatMap((r) => [r.inspectorPartyId, r.grantedByPartyId]))];
    const parties = await this.dataSource.getRepository(PartyRow).find({ where: { id: In(partyIds) } });
    const chainName = new Map(chains.map((c) => [c.id, c.name]));
    const partyName = new Map(parties.map((p) => [p.id, p.name]));
    return rows.map((row) => ({
      grantId: row.grantId,
      chainId: row.chainId,
      chainName: chainName.get(row.chainId) ?? 'a chain not yet in the read model',
      inspectorPartyId: row.inspectorPartyId,
      inspectorPartyName: partyName.get(row.inspectorPartyId) ?? 'a party not yet in the read model',
      inspectorUserId: row.inspectorUserId,
      grantedByPartyId: row.grantedByPartyId,
      grantedByPartyName: partyName.get(row.grantedByPartyId) ?? 'a party not yet in the read model',
      grantorStanding: row.grantorStanding,
      validFrom: row.validFrom,
      validUntil: row.validUntil,
      grantedAt: row.grantedAt,
      status: statusAt(row, now),
      revokedAt: row.revokedAt,
      revokeReason: row.revokeReason,
    }));
  }
}
