import type { InstructionId, PartyId, WorkerId } from '../../shared/values';
import type { AcknowledgementState, ChainState, EntryStamp, InstructionState, PassDownState } from '../chain.state';
import { instructionOf } from '../chain-collections';

export type AcknowledgementStatus = 'CURRENT' | 'STALE' | 'MISSING';

/** The acknowledgement position of one party (workerId null) or one of its workers. */
export type AcknowledgementStatusRow = {
  partyId: PartyId;
  workerId: WorkerId | null;
  status: AcknowledgementStatus;
  currentVersion: number;
  /** Latest version acknowledged (retracted acknowledgements do not count). */
  acknowledgedVersion: number | null;
  acknowledged: EntryStamp | null;
  /** Latest version the party received (the issuer holds every version). */
  receivedVersion: number | null;
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

function latestAcknowledgement(
  instruction: InstructionState,
  partyId: PartyId,
  workerId: WorkerId | null,
): AcknowledgementState | null {
  let latest: AcknowledgementState | null = null;
  for (const ack of countingAcknowledgements(instruction)) {
    // signed in a language the worker does not read: on record, but not an acknowledgement that counts
    if (ack.partyId !== partyId || ack.workerId !== workerId || !ack.understood) continue;
    if (latest === null || ack.version > latest.version) latest = ack;
  }
  return latest;
}

function statusRow(instruction: InstructionState, partyId: PartyId, workerId: WorkerId | null): AcknowledgementStatusRow {
  const ack = latestAcknowledgement(instruction, partyId, workerId);
  const received = receivedVersions(instruction, partyId);
  const status: AcknowledgementStatus =
    ack === null ? 'MISSING' : ack.version === instruction.currentVersion ? 'CURRENT' : 'STALE';
  return {
    partyId,
    workerId,
    status,
    currentVersion: instruction.currentVersion,
    acknowledgedVersion: ack?.version ?? null,
    acknowledged: ack?.stamp ?? null,
    receivedVersion: received.length > 0 ? received[received.length - 1] : null,
  };
}

/**
 * Per party that received the instruction (and per party or worker that acknowledged any version):
 * CURRENT when the latest acknowledgement is of the current version, STALE when of an older one,
 * MISSING when none. Workers who never acknowledged are not known to the chain: ask
 * `acknowledgementStatusOf` for them.
 */
export function acknowledgementStatus(state: ChainState, instructionId: InstructionId): AcknowledgementStatusRow[] {
  const instruction = instructionOf(state, instructionId);
  if (!instruction) return [];
  const subjects = new Map<string, { partyId: PartyId; workerId: WorkerId | null }>();
  const add = (partyId: PartyId, workerId: WorkerId | null) => subjects.set(`${partyId}\u0000${workerId ?? ''}`, { partyId, workerId });
  for (const passDown of instruction.passDowns) if (passDown.retraction === null) add(passDown.toPartyId, null);
  for (const ack of countingAcknowledgements(instruction)) add(ack.partyId, ack.workerId);
  return [...subjects.values()].map(({ partyId, workerId }) => statusRow(instruction, partyId, workerId));
}

/** The status of one party (workerId null) or worker; MISSING for an unknown instruction too. */
export function acknowledgementStatusOf(
  state: ChainState,
  instructionId: InstructionId,
  partyId: PartyId,
  workerId: WorkerId | null = null,
): AcknowledgementStatus {
  const instruction = instructionOf(state, instructionId);
  return instruction ? statusRow(instruction, partyId, workerId).status : 'MISSING';
}
