import { In, type DataSource } from 'typeorm';
import { readChecks } from '../checks/check-queries';
import type { VergewisCheckView } from '../checks/check.views';
import { readCorrections } from '../corrections/correction-queries';
import type { CorrectionView } from '../corrections/correction.views';
import { readIncidents } from '../incidents/incident-queries';
import type { IncidentView } from '../incidents/incident.views';
import { readInstructionStatus, readInstructions } from '../instructions/instruction-queries';
import type { InstructionStatusView, InstructionView } from '../instructions/instruction.views';
import { ChainLinkRow } from '../links/chain-link.entity';
import { readLinks } from '../links/link-queries';
import type { LinkView } from '../links/link.views';
import { guardedDb, type GuardedDb } from '../query-support';
import { NO_INTERRUPTION, type ReadInterruptionSource } from '../runner/read-interruption';
import { chainAccess } from './chain-access';
import { ChainRow } from './chain.entity';
import { IncidentRow } from '../incidents/incident.entity';
import { toChainView, type ChainAccess, type ChainView } from './chain.views';

/**
 * Chains and who may see what of them; the reads of the other read models of a chain (links,
 * instructions, checks, incidents, corrections) are their folders' own, offered here under one roof
 * for the API. Ordered by recorded time then id.
 */
export class ChainQueries {
  constructor(dataSource: DataSource, interruption: ReadInterruptionSource = NO_INTERRUPTION) {
    this.db = guardedDb(dataSource, interruption);
  }

  private readonly db: GuardedDb;

  async chain(id: string): Promise<ChainView | null> {
    const row = await this.db().getRepository(ChainRow).findOneBy({ id });
    return row ? toChainView(row) : null;
  }

  async chains(ids: readonly string[]): Promise<ChainView[]> {
    if (ids.length === 0) return [];
    const rows = await this.db()
      .getRepository(ChainRow)
      .find({ where: { id: In([...new Set(ids)]) }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return rows.map(toChainView);
  }

  /** Chains where the party is the principal, or either end of any link (active or ended). */
  async chainIdsOfParty(partyId: string): Promise<string[]> {
    const rows = await this.db()
      .getRepository(ChainRow)
      .createQueryBuilder('chain')
      .select('chain.id', 'id')
      .where('chain.principalPartyId = :partyId', { partyId })
      .orWhere((qb) => {
        const linked = qb
          .subQuery()
          .select('link.chainId')
          .from(ChainLinkRow, 'link')
          .where('link.fromPartyId = :partyId OR link.toPartyId = :partyId', { partyId })
          .getQuery();
        return `chain.id IN ${linked}`;
      })
      .orderBy('chain.recordedAt', 'ASC')
      .addOrderBy('chain.id', 'ASC')
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  links(chainId: string): Promise<LinkView[]> {
    return readLinks(this.db, chainId);
  }


  /** What `viewerPartyId` may see of the chain (see chainAccess). */
  async access(chainId: string, viewerPartyId: string): Promise<ChainAccess> {
    const chain = await this.db()
      .getRepository(ChainRow)
      .findOne({ where: { id: chainId }, select: { id: true, principalPartyId: true } });
    if (!chain) return chainAccess(null, [], viewerPartyId);
    const links = await this.db().getRepository(ChainLinkRow).find({
      where: { chainId },
      select: { id: true, fromPartyId: true, toPartyId: true, recordedAt: true },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
    return chainAccess(chain, links, viewerPartyId);
  }

  instructions(chainId: string): Promise<InstructionView[]> {
    return readInstructions(this.db, chainId);
  }


  /** Who has acknowledged the current version, now (see instructions/instruction-queries). */
  instructionStatus(chainId: string, instructionId: string): Promise<InstructionStatusView[] | null> {
    return readInstructionStatus(this.db, chainId, instructionId);
  }


  checks(chainId: string): Promise<VergewisCheckView[]> {
    return readChecks(this.db, chainId);
  }


  /** Chains with an incident whose victim is this worker (or person party), retracted ones included. */
  async chainIdsWithVictim(subjectId: string): Promise<string[]> {
    const rows = await this.db()
      .getRepository(IncidentRow)
      .createQueryBuilder('incident')
      .select('DISTINCT incident.chainId', 'chainId')
      .where('incident.victim LIKE :worker OR incident.victim LIKE :party', {
        worker: `%"workerId":"${subjectId}"%`,
        party: `%"partyId":"${subjectId}"%`,
      })
      .getRawMany<{ chainId: string }>();
    return rows.map((row) => row.chainId).sort();
  }

  incidents(chainId: string): Promise<IncidentView[]> {
    return readIncidents(this.db, chainId);
  }


  corrections(chainId: string): Promise<CorrectionView[]> {
    return readCorrections(this.db, chainId);
  }

}
