import { Conflict, Invalid, NotAllowed, NotFound } from '../../shared/errors';
import { WORKER_ROLE } from '../../shared/messages';
import type { PartyId, ResolvedWorker } from '../../shared/values';
import { requireLanguage } from '../../shared/values';
import type { AcknowledgeInstruction } from '../chain.commands';
import type { AcknowledgementChannel, SafetyInstructionAcknowledged } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { countingAcknowledgements } from './instruction-queries';
import { requireInstructionVersion } from './decide-pass-down-instruction';

/** A hirer directs the workers an agency lends it: an active LENDING link from the hirer to the worker's party. */
function directsLentWorker(state: OpenedChain, hirerPartyId: PartyId, worker: ResolvedWorker): boolean {
  return state.links.some(
    (link) => link.kind === 'LENDING' && link.status === 'ACTIVE' && link.fromPartyId === hirerPartyId && link.toPartyId === worker.partyId,
  );
}

/**
 * Records what was signed, even when it breaks a rule: a version that never came down to the
 * party (CHAIN-FLOWDOWN stays open) or a language the worker does not read (NL-ARBO-8 stays open).
 * Refused only: a caller acting for someone it may not, and references to nothing.
 */
export function decideAcknowledgeInstruction(
  command: AcknowledgeInstruction,
  state: OpenedChain,
): SafetyInstructionAcknowledged[] {
  const { instructionId, version, workerId, worker, link = null } = command.data;
  const { actor } = command.metadata;
  const language = requireLanguage(command.data.language);
  const actingPartyId = actingPartyInChain(state, command.metadata);

  // a worker signs for itself only; a manager signs for the party, one of its workers, or a worker lent to it
  if (actor.role === WORKER_ROLE && (workerId === null || workerId !== actor.workerId)) {
    throw new NotAllowed('WORKER_NOT_SELF');
  }
  if (workerId !== null) {
    if (worker === null || worker.workerId !== workerId) throw new NotFound('WORKER_NOT_FOUND', { workerId });
    if (worker.partyId !== actingPartyId && !directsLentWorker(state, actingPartyId, worker)) {
      throw new NotAllowed('WORKER_NOT_OWN', { workerId, partyId: actingPartyId });
    }
  }
  const partyId = worker?.partyId ?? actingPartyId;

  const instruction = requireInstructionVersion(state, instructionId, version);
  const content = instruction.versions[version - 1].content;
  if (!content.some((entry) => entry.language === language)) {
    throw new Invalid('INSTRUCTION_LANGUAGE_UNAVAILABLE', { instructionId, version, language });
  }
  const understood = worker === null || worker.languages.includes(language);
  // a signature the worker could not read does not stand in the way of one he can
  const duplicate = countingAcknowledgements(instruction).some(
    (ack) => ack.version === version && ack.partyId === partyId && ack.workerId === workerId && (ack.understood || !understood),
  );
  if (duplicate) {
    throw new Conflict('INSTRUCTION_ALREADY_ACKNOWLEDGED', {
      instructionId,
      version,
      subject: workerId === null ? `party ${partyId}` : `worker ${workerId}`,
    });
  }
  // a link is the worker's own act: the application acts as the worker it was made for
  if (link !== null && (workerId === null || actor.role !== WORKER_ROLE)) throw new NotAllowed('WORKER_NOT_SELF');
  const channel: AcknowledgementChannel =
    link !== null ? 'LINK' : workerId === null || actor.role === WORKER_ROLE ? 'OWN_ACCOUNT' : 'PROXY';
  return [
    {
      type: 'SafetyInstructionAcknowledged',
      data: {
        instructionId,
        version,
        partyId,
        workerId,
        language,
        understood,
        channel,
        ...(link !== null ? { linkIdHash: link.linkIdHash, userAgent: link.userAgent } : {}),
      },
    },
  ];
}
