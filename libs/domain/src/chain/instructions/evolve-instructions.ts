import { channelOfAcknowledgement } from './acknowledgement-channel';
import type {
  SafetyInstructionAcknowledged,
  SafetyInstructionIssued,
  SafetyInstructionPassedDown,
} from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { instructionOf, withInstruction } from '../chain-collections';
import { stampOf } from '../chain-guards';
import { InstructionRecord } from './instruction-record';

export function evolveInstructionIssued(state: OpenedChain, event: SafetyInstructionIssued): OpenedChain {
  const { instructionId, version, issuerPartyId, content, topics, contentHash } = event.data;
  const known = instructionOf(state, instructionId);
  const base = known ? InstructionRecord.of(known) : InstructionRecord.issued({ instructionId, issuerPartyId, currentVersion: 0, versions: [] });
  return withInstruction(
    state,
    base.withFields({
      currentVersion: Math.max(base.currentVersion, version),
      // an instruction has few versions: copying them is cheap
      versions: [...base.versions, { version, content, topics, contentHash, issued: stampOf(event) }],
    }),
  );
}

export function evolveInstructionPassedDown(state: OpenedChain, event: SafetyInstructionPassedDown): OpenedChain {
  const { instructionId, version, linkId, fromPartyId, toPartyId } = event.data;
  const instruction = instructionOf(state, instructionId);
  if (!instruction) return state;
  const passDown = { version, linkId, fromPartyId, toPartyId, stamp: stampOf(event), retraction: null };
  return withInstruction(state, InstructionRecord.of(instruction).withPassDown(passDown));
}

export function evolveInstructionAcknowledged(state: OpenedChain, event: SafetyInstructionAcknowledged): OpenedChain {
  const { instructionId, version, partyId, workerId, language } = event.data;
  const instruction = instructionOf(state, instructionId);
  if (!instruction) return state;
  const acknowledgement = { version, partyId, workerId, language, understood: wasUnderstood(event), channel: channelOfAcknowledgement(event), stamp: stampOf(event), retraction: null };
  return withInstruction(state, InstructionRecord.of(instruction).withAcknowledgement(acknowledgement));
}

// schema v1 predates the field: an acknowledgement was only recorded then when the worker read the language
function wasUnderstood(event: SafetyInstructionAcknowledged): boolean {
  return (event.data as { understood?: boolean }).understood !== false;
}
