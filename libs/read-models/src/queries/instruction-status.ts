import type {
  AcknowledgementStatus,
  InstructionAcknowledgementView,
  InstructionReceiptView,
  InstructionStatusView,
  WorkerView,
} from './views';

export interface InstructionStatusInput {
  readonly issuerPartyId: string;
  readonly currentVersion: number;
  /** Every version's receipts, in recorded order. */
  readonly receipts: readonly Pick<InstructionReceiptView, 'partyId' | 'version' | 'retracted'>[];
  readonly acknowledgements: readonly (Pick<InstructionAcknowledgementView, 'partyId' | 'workerId' | 'version' | 'acknowledgedAt' | 'retracted' | 'understood'> &
    Partial<Pick<InstructionAcknowledgementView, 'channel'>>)[];
  /** Registered workers of the parties concerned, in registration order. */
  readonly workers: readonly Pick<WorkerView, 'id' | 'partyId'>[];
}

/**
 * For the current version: one row for each party that received any version (or acknowledged
 * one), each followed by one row per registered worker of that party. The issuer's own workers are
 * listed (they must be instructed too), the issuer itself only when it acknowledged: it wrote the
 * instruction. Retracted receipts and acknowledgements do not count, nor one signed in a language the
 * worker does not read.
 */
export function instructionStatus(input: InstructionStatusInput): InstructionStatusView[] {
  const receipts = input.receipts.filter((receipt) => !receipt.retracted);
  const acknowledgements = input.acknowledgements.filter((ack) => !ack.retracted && ack.understood);
  const parties = [
    ...new Set([input.issuerPartyId, ...receipts.map((r) => r.partyId), ...acknowledgements.map((a) => a.partyId)]),
  ];

  const receivedVersion = (partyId: string): number | null => {
    if (partyId === input.issuerPartyId) return input.currentVersion;
    const versions = receipts.filter((r) => r.partyId === partyId).map((r) => r.version);
    return versions.length > 0 ? Math.max(...versions) : null;
  };

  const row = (partyId: string, workerId: string | null): InstructionStatusView => {
    let latest: InstructionStatusInput['acknowledgements'][number] | null = null;
    for (const ack of acknowledgements) {
      if (ack.partyId !== partyId || ack.workerId !== workerId) continue;
      if (latest === null || ack.version > latest.version) latest = ack;
    }
    const status: AcknowledgementStatus =
      latest === null ? 'MISSING' : latest.version === input.currentVersion ? 'CURRENT' : 'STALE';
    return {
      partyId,
      workerId,
      status,
      acknowledgedVersion: latest?.version ?? null,
      receivedVersion: receivedVersion(partyId),
      acknowledgedAt: latest?.acknowledgedAt ?? null,
      channel: latest?.channel ?? null,
    };
  };

  const rows: InstructionStatusView[] = [];
  for (const partyId of parties) {
    const partyRow = row(partyId, null);
    if (partyId !== input.issuerPartyId || partyRow.status !== 'MISSING') rows.push(partyRow);
    const workerIds = [
      ...new Set([
        ...input.workers.filter((w) => w.partyId === partyId).map((w) => w.id),
        // a worker who acknowledged is listed even if its registration is not (yet) projected
        ...acknowledgements.filter((a) => a.partyId === partyId && a.workerId !== null).map((a) => a.workerId as string),
      ]),
    ];
    for (const workerId of workerIds) rows.push(row(partyId, workerId));
  }
  return rows;
}
