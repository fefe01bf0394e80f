import { acknowledgementStatusRows } from '@schakel/domain';
import { In } from 'typeorm';
import { WorkerRow } from '../parties/worker.entity';
import { byRecorded, groupBy, type GuardedDb } from '../query-support';
import { InstructionAcknowledgementRow } from './instruction-acknowledgement.entity';
import { InstructionReceiptRow } from './instruction-receipt.entity';
import { InstructionVersionRow } from './instruction-version.entity';
import { toAcknowledgementView, toReceiptView, type InstructionStatusView, type InstructionView } from './instruction.views';

/** Every instruction of the chain with every version, its receipts and acknowledgements. */
export async function readInstructions(db: GuardedDb, chainId: string): Promise<InstructionView[]> {
  const [versions, receipts, acknowledgements] = await Promise.all([
    db()
      .getRepository(InstructionVersionRow)
      .find({ where: { chainId }, order: { recordedAt: 'ASC', instructionId: 'ASC', version: 'ASC' } }),
    db().getRepository(InstructionReceiptRow).find({ where: { chainId }, order: byRecorded }),
    db().getRepository(InstructionAcknowledgementRow).find({ where: { chainId }, order: byRecorded }),
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
export async function readInstructionStatus(db: GuardedDb, chainId: string, instructionId: string): Promise<InstructionStatusView[] | null> {
  const current = await db()
    .getRepository(InstructionVersionRow)
    .findOne({ where: { chainId, instructionId }, order: { version: 'DESC' } });
  if (!current) return null;
  const [receipts, acknowledgements] = await Promise.all([
    db().getRepository(InstructionReceiptRow).find({ where: { chainId, instructionId }, order: byRecorded }),
    db()
      .getRepository(InstructionAcknowledgementRow)
      .find({ where: { chainId, instructionId }, order: byRecorded }),
  ]);
  const partyIds = new Set([current.issuerPartyId, ...receipts.map((r) => r.partyId), ...acknowledgements.map((a) => a.partyId)]);
  const workers = await db()
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
