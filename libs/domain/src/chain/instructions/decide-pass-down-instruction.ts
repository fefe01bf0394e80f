import { Conflict, NotAllowed, NotFound, RuleViolated } from '../../shared/errors';
import type { PassDownInstruction } from '../chain.commands';
import type { SafetyInstructionPassedDown } from '../chain.events';
import type { InstructionState, OpenedChain } from '../chain.state';
import { actingPartyOf } from '../chain-guards';
import { instructionOf, linkOf } from '../chain-collections';
import { hasReceived } from './instruction-queries';

export function requireInstructionVersion(state: OpenedChain, instructionId: string, version: number): InstructionState {
  const instruction = instructionOf(state, instructionId);
  if (!instruction) throw new NotFound('INSTRUCTION_NOT_FOUND', { instructionId });
  if (!Number.isInteger(version) || version < 1 || version > instruction.versions.length) {
    throw new NotFound('INSTRUCTION_VERSION_NOT_FOUND', { instructionId, version: String(version) });
  }
  return instruction;
}

/** Only what a party holds itself can it pass on. */
export function InstructionMustHaveBeenReceived(instruction: InstructionState, partyId: string, version: number): void {
  if (!hasReceived(instruction, partyId, version)) {
    throw new RuleViolated(
      'INSTRUCTION_NOT_RECEIVED',
      { partyId, instructionId: instruction.instructionId, version },
      'InstructionMustHaveBeenReceived',
    );
  }
}

export function decidePassDownInstruction(command: PassDownInstruction, state: OpenedChain): SafetyInstructionPassedDown[] {
  const { instructionId, version, linkId } = command.data;
  const actor = actingPartyOf(command.metadata);
  const instruction = requireInstructionVersion(state, instructionId, version);
  const link = linkOf(state, linkId);
  if (!link) throw new NotFound('LINK_NOT_FOUND', { linkId });
  if (link.fromPartyId !== actor) throw new NotAllowed('LINK_NOT_HELD', { partyId: actor, linkId });
  if (link.status !== 'ACTIVE') throw new RuleViolated('LINK_NOT_ACTIVE', { linkId });
  if (version !== instruction.currentVersion) {
    throw new RuleViolated('INSTRUCTION_VERSION_SUPERSEDED', { instructionId, version, currentVersion: instruction.currentVersion });
  }
  InstructionMustHaveBeenReceived(instruction, actor, version);
  const alreadyPassed = instruction.passDowns.some(
    (passDown) => passDown.linkId === linkId && passDown.version === version && passDown.retraction === null,
  );
  if (alreadyPassed) throw new Conflict('INSTRUCTION_ALREADY_PASSED', { instructionId, version, linkId });
  return [
    {
      type: 'SafetyInstructionPassedDown',
      data: { instructionId, version, linkId, fromPartyId: actor, toPartyId: link.toPartyId },
    },
  ];
}
