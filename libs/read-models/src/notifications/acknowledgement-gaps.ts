import { In, type DataSource } from 'typeorm';
import { InstructionReceiptRow } from '../instructions/instruction-receipt.entity';
import { InstructionVersionRow } from '../instructions/instruction-version.entity';
import { readInstructionStatus } from '../instructions/instruction-queries';
import { WorkerRow } from '../parties/worker.entity';

/** A worker of a party whose acknowledgement of an instruction that reached it is MISSING or STALE. */
export type AcknowledgementGap = { workerId: string; workerName: string; instructionId: string; titles: { language: string; title: string }[]; status: 'MISSING' | 'STALE' };

/**
 * What a party's workers still have to acknowledge in a chain: every instruction passed down to the
 * party (not retracted), each worker's status for its current version — the status the queries show.
 */
export async function acknowledgementGaps(dataSource: DataSource, chainId: string, partyId: string): Promise<AcknowledgementGap[]> {
  const receipts = await dataSource.getRepository(InstructionReceiptRow).find({ where: { chainId, partyId, retracted: false } });
  const instructionIds = [...new Set(receipts.map((r) => r.instructionId))].sort();
  if (instructionIds.length === 0) return [];
  const current = await dataSource.getRepository(InstructionVersionRow).find({ where: { chainId, instructionId: In(instructionIds), current: true } });
  const workers = new Map((await dataSource.getRepository(WorkerRow).find({ where: { partyId } })).map((w) => [w.id, w.name]));
  const gaps: AcknowledgementGap[] = [];
  for (const instructionId of instructionIds) {
    const rows = (await readInstructionStatus(() => dataSource, chainId, instructionId)) ?? [];
    const titles = current.find((v) => v.instructionId === instructionId)?.content.map((c) => ({ language: c.language, title: c.title })) ?? [];
    for (const row of rows) {
      if (row.partyId !== partyId || !row.workerId || (row.status !== 'MISSING' && row.status !== 'STALE')) continue;
      gaps.push({ workerId: row.workerId, workerName: workers.get(row.workerId) ?? '', instructionId, titles, status: row.status });
    }
  }
  return gaps;
}
