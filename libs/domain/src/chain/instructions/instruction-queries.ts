import type { InstructionId, PartyId, WorkerId } from '../../shared/values';
import type { AcknowledgementState, ChainState, EntryStamp, InstructionState, PassDownState } from '../chain.state';
import { instructionOf } from '../chain-collections';
import { acknowledgementStatusRows, type AcknowledgementStatus, type AcknowledgementStatusRowOf } from './acknowledgement-status';

/** The acknowledgement position of one party (workerId null) or one of its workers. */
export type AcknowledgementStatusRow = Omit<AcknowledgementStatusRowOf<AcknowledgementState>, 'latest'> & {
  /** When and by whom the latest counting acknowledgement was recorded. */
  acknowledged: EntryStamp | null;
};

/** Pass-downs to a party that still count, oldest first: which version, over which link, when. */
export function receiptsOf(instruction: InstructionState, partyId: PartyId): PassDownState[] {
  return instruction.passDowns.filter((passDown) => passDown.toPartyId === partyId && passDown.retraction === null);
}

/** Versions a party received, ascending; the issuer holds every version it issued. */
export function receivedVersions(instruction: InstructionState, partyId: PartyId): number[] {
  if (partyId === instruction.issuerPartyId) return instruction.versions.map((v) => v.version);
  return [...new Set(receiptsOf(instruction, partyId).map((passDown) => passDown.version))].sort((a, b) => a - b);
}

export function hasReceived(instruction: InstructionState, partyId: PartyId, version: number): boolean {
  return receivedVersions(instruction, partyId).includes(version);
}

/** Acknowledgements that still count (not retracted). */
export function countingAcknowledgements(instruction: InstructionState): AcknowledgementState[] {
  return instruction.acknowledgements.filter((ack) => ack.retraction === null);
}

/** A worker registered with a party of the chain, as the status lists it (from the party streams). */
export type RegisteredWorker = { workerId: WorkerId; partyId: PartyId; relation: string };

/** The status rows of one folded instruction: `acknowledgementStatusRows` on the fold's entries. */
export function instructionStatusRows(instruction: InstructionState, workers: readonly RegisteredWorker[] = []): AcknowledgementStatusRow[] {
  return acknowledgementStatusRows({
    issuerPartyId: instruction.issuerPartyId,
    currentVersion: instruction.currentVersion,
    receipts: instruction.passDowns.map((passDown) => ({
      partyId: passDown.toPartyId,
      version: passDown.version,
      retracted: passDown.retraction !== null,
      recordedAt: passDown.stamp.recordedAt,
      eventId: passDown.stamp.eventId,
    })),
    acknowledgements: instruction.acknowledgements.map((ack) => ({ ...ack, retracted: ack.retraction !== null, recordedAt: ack.stamp.recordedAt, eventId: ack.stamp.eventId })),
    workers,
  }).map(({ latest, ...row }) => ({ ...row, acknowledged: latest?.stamp ?? null }));
}

/**
 * Who has acknowledged the instruction, in the folded chain: see `acknowledgementStatusRows`.
 * The chain's own stream does not hold worker registrations; pass the workers registered by then
 * to list those who never acknowledged.
 */
export function acknowledgementStatus(state: ChainState, instructionId: InstructionId, workers: readonly RegisteredWorker[] = []): AcknowledgementStatusRow[] {
  const instruction = instructionOf(state, instructionId);
  return instruction ? instructionStatusRows(instruction, workers) : [];
}

/** The status of one party (workerId null) or worker; MISSING for an unknown instruction too. */
export function acknowledgementStatusOf(
  state: ChainState,
  instructionId: InstructionId,
  partyId: PartyId,
  workerId: WorkerId | null = null,
): AcknowledgementStatus {
  const row = acknowledgementStatus(state, instructionId).find((r) => r.partyId === partyId && r.workerId === workerId);
  return row?.status ?? 'MISSING';
}
