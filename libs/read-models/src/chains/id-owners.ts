import type { DataSource } from 'typeorm';
import { ChainLinkRow } from '../links/chain-link.entity';
import { IncidentRow } from '../incidents/incident.entity';
import { InstructionVersionRow } from '../instructions/instruction-version.entity';
import { VergewisCheckRow } from '../checks/vergewis-check.entity';
import { WorkerRow } from '../parties/worker.entity';

/** Kinds of thing whose id a client may choose, and which a chain owns. */
export type ChainOwnedIdKind = 'link' | 'incident' | 'instruction' | 'check';

/**
 * Who already uses an id a client chose, so the write side can refuse one that names something of
 * another chain or party. Rows are keyed by their owner, so this is a guard for a clear answer,
 * not what keeps the owner's rows safe.
 */
export class IdOwners {
  constructor(private readonly dataSource: DataSource) {}

  /** The chains in which `id` already names a thing of this kind. */
  async chainsUsing(kind: ChainOwnedIdKind, id: string): Promise<string[]> {
    const rows = await this.chainIdsOf(kind, id);
    return [...new Set(rows.map((row) => row.chainId))];
  }

  /** The parties that already registered a worker with this id. */
  async partiesWithWorker(workerId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(WorkerRow).find({ where: { id: workerId }, select: { partyId: true } });
    return rows.map((row) => row.partyId);
  }

  private chainIdsOf(kind: ChainOwnedIdKind, id: string): Promise<{ chainId: string }[]> {
    const select = { chainId: true } as const;
    switch (kind) {
      case 'link':
        return this.dataSource.getRepository(ChainLinkRow).find({ where: { id }, select });
      case 'incident':
        return this.dataSource.getRepository(IncidentRow).find({ where: { id }, select });
      case 'instruction':
        return this.dataSource.getRepository(InstructionVersionRow).find({ where: { instructionId: id }, select });
      case 'check':
        return this.dataSource.getRepository(VergewisCheckRow).find({ where: { id }, select });
    }
  }
}
