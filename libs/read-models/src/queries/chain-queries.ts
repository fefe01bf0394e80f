import { acknowledgementStatusRows } from '@schakel/domain';
import { In, type DataSource } from 'typeorm';
import { NO_INTERRUPTION, type ReadInterruptionSource } from './read-interruption';
import { ChainLinkRow } from '../entities/chain-link.entity';
import { ChainRow } from '../entities/chain.entity';
import { EntryCorrectionRow } from '../entities/entry-correction.entity';
import { IncidentNotificationRow } from '../entities/incident-notification.entity';
import { IncidentReclassificationRow } from '../entities/incident-reclassification.entity';
import { IncidentRow } from '../entities/incident.entity';
import { InstructionAcknowledgementRow } from '../entities/instruction-acknowledgement.entity';
import { InstructionReceiptRow } from '../entities/instruction-receipt.entity';
import { InstructionVersionRow } from '../entities/instruction-version.entity';
import { VergewisCheckRow } from '../entities/vergewis-check.entity';
import { WorkerRow } from '../entities/worker.entity';
import { chainAccess } from './chain-access';
import {
  toAcknowledgementView,
  toChainView,
  toCheckView,
  toCorrectionView,
  toIncidentView,
  toLinkView,
  toNotificationView,
  toReceiptView,
  toReclassificationView,
} from './row-to-view';
import type {
  ChainAccess,
  ChainView,
  CorrectionView,
  IncidentView,
  InstructionStatusView,
  InstructionView,
  LinkView,
  VergewisCheckView,
} from './views';

const byRecorded = { recordedAt: 'ASC', eventId: 'ASC' } as const;

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Chains and everything recorded in them, as the read model holds it now; ordered by recorded time then id. */
export class ChainQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly interruption: ReadInterruptionSource = NO_INTERRUPTION,
  ) {}

  /** The database, once the read in progress may go on: every SQL query is asked through here. */
  private get db(): DataSource {
    this.interruption()?.throwIfAborted();
    return this.dataSource;
  }

  async chain(id: string): Promise<ChainView | null> {
    const row = await this.db.getRepository(ChainRow).findOneBy({ id });
    return row ? toChainView(row) : null;
  }

  async chains(ids: readonly string[]): Promise<ChainView[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .getRepository(ChainRow)
      .find({ where: { id: In([...new Set(ids)]) }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return rows.map(toChainView);
  }

  /** Chains where the party is the principal, or either end of any link (active or ended). */
  async chainIdsOfParty(partyId: string): Promise<string[]> {
    const rows = await this.db
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

  async links(chainId: string): Promise<LinkView[]> {
    const rows = await this.db
      .getRepository(ChainLinkRow)
      .find({ where: { chainId }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return rows.map(toLinkView);
  }

  /** What `viewerPartyId` may see of the chain (see chainAccess). */
  async access(chainId: string, viewerPartyId: string): Promise<ChainAccess> {
    const chain = await this.db
      .getRepository(ChainRow)
      .findOne({ where: { id: chainId }, select: { id: true, principalPartyId: true } });
    if (!chain) return chainAccess(null, [], viewerPartyId);
    const links = await this.db.getRepository(ChainLinkRow).find({
      where: { chainId },
      select: { id: true, fromPartyId: true, toPartyId: true, recordedAt: true },
      order: { recordedAt: 'ASC', id: 'ASC' },
    });
    return chainAccess(chain, links, viewerPartyId);
  }

  /** Every instruction of the chain with every version, its receipts and acknowledgements. */
  async instructions(chainId: string): Promise<InstructionView[]> {
    const [versions, receipts, acknowledgements] = await Promise.all([
      this.db
        .getRepository(InstructionVersionRow)
        .find({ where: { chainId }, order: { recordedAt: 'ASC', instructionId: 'ASC', version: 'ASC' } }),
      this.db.getRepository(InstructionReceiptRow).find({ where: { chainId }, order: byRecorded }),
      this.db.getRepository(InstructionAcknowledgementRow).find({ where: { chainId }, order: byRecorded }),
    ]);
    const receiptsOf = groupBy(receipts, (r) => `${r.instructionId}@${r.version}`);
    const acksOf = groupBy(acknowledgements, (a) => `${a.instructionId}@${a.version}`);
    const instructions: InstructionView[] = [];
    for (const [instructionId, rows] of groupBy(versions, (v) => v.instructionId)) {
      const ordered = [...rows].sort((a, b) => a.version - b.version);
      instructions.push({
        chainId,
        instructionId,
        issuerPartyId: ordered[0].issuerPartyId,
        currentVersion: ordered[ordered.length - 1].version,
        versions: ordered.map((row) => ({
          instructionId: row.instructionId,
          version: row.version,
          issuerPartyId: row.issuerPartyId,
          content: row.content.map((item) => ({ ...item })),
          topics: [...row.topics],
          contentHash: row.contentHash,
          current: row.current,
          issuedAt: row.issuedAt,
          recordedAt: row.recordedAt,
          eventId: row.eventId,
          receipts: (receiptsOf.get(`${row.instructionId}@${row.version}`) ?? []).map(toReceiptView),
          acknowledgements: (acksOf.get(`${row.instructionId}@${row.version}`) ?? []).map(toAcknowledgementView),
        })),
      });
    }
    return instructions;
  }

  /**
   * Who has acknowledged the current version, now: the domain's `acknowledgementStatusRows` on
   * the rows of this instruction and the workers registered with the parties concerned. Null when
   * the chain has no such instruction.
   */
  async instructionStatus(chainId: string, instructionId: string): Promise<InstructionStatusView[] | null> {
    const current = await this.db
      .getRepository(InstructionVersionRow)
      .findOne({ where: { chainId, instructionId }, order: { version: 'DESC' } });
    if (!current) return null;
    const [receipts, acknowledgements] = await Promise.all([
      this.db.getRepository(InstructionReceiptRow).find({ where: { chainId, instructionId }, order: byRecorded }),
      this.db
        .getRepository(InstructionAcknowledgementRow)
        .find({ where: { chainId, instructionId }, order: byRecorded }),
    ]);
    const partyIds = new Set([current.issuerPartyId, ...receipts.map((r) => r.partyId), ...acknowledgements.map((a) => a.partyId)]);
    const workers = await this.db
      .getRepository(WorkerRow)
      .find({ where: { partyId: In([...partyIds]) }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return acknowledgementStatusRows({
      issuerPartyId: current.issuerPartyId,
      currentVersion: current.version,
      receipts,
      acknowledgements,
      workers: workers.map((w) => ({ workerId: w.id, partyId: w.partyId, relation: w.relation })),
    }).map(({ latest, currentVersion: _current, ...row }) => ({
      ...row,
      acknowledgedAt: latest?.acknowledgedAt ?? null,
      channel: latest?.channel ?? null,
    }));
  }

  async checks(chainId: string): Promise<VergewisCheckView[]> {
    const rows = await this.db
      .getRepository(VergewisCheckRow)
      .find({ where: { chainId }, order: { recordedAt: 'ASC', id: 'ASC' } });
    return rows.map(toCheckView);
  }

  /** Incidents with their notifications and reclassifications, retracted ones included and flagged. */
  async incidents(chainId: string): Promise<IncidentView[]> {
    const [incidents, notifications, reclassifications] = await Promise.all([
      this.db.getRepository(IncidentRow).find({ where: { chainId }, order: { reportedAt: 'ASC', id: 'ASC' } }),
      this.db.getRepository(IncidentNotificationRow).find({ where: { chainId }, order: byRecorded }),
      this.db.getRepository(IncidentReclassificationRow).find({ where: { chainId }, order: byRecorded }),
    ]);
    const notificationsOf = groupBy(notifications, (n) => n.incidentId);
    const reclassificationsOf = groupBy(reclassifications, (r) => r.incidentId);
    return incidents.map((row) =>
      toIncidentView(
        row,
        (notificationsOf.get(row.id) ?? []).map(toNotificationView),
        (reclassificationsOf.get(row.id) ?? []).map(toReclassificationView),
      ),
    );
  }

  /** Every correction and retraction recorded in the chain. */
  async corrections(chainId: string): Promise<CorrectionView[]> {
    const rows = await this.db.getRepository(EntryCorrectionRow).find({ where: { chainId }, order: byRecorded });
    return rows.map(toCorrectionView);
  }
}
