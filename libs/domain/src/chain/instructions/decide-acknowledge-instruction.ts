import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '../../shared/errors';
import { WORKER_ROLE } from '../../shared/messages';
import { requireLanguage } from '../../shared/values';
import type { AcknowledgeInstruction } from '../chain.commands';
import type { AcknowledgementChannel, SafetyInstructionAcknowledged } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyOf } from '../chain-guards';
import { countingAcknowledgements } from './instruction-queries';
import { InstructionMustHaveBeenReceived, requireInstructionVersion } from './decide-pass-down-instruction';

export function decideAcknowledgeInstruction(
  command: AcknowledgeInstruction,
  state: OpenedChain,
): SafetyInstructionAcknowledged[] {
  const { instructionId, version, workerId, worker, link = null } = command.data;
  const { actor } = command.metadata;
  const language = requireLanguage(command.data.language);
  const partyId = actingPartyOf(command.metadata);

  // a worker signs for itself only; a manager signs for the party or for one of its workers
  if (actor.role === WORKER_ROLE && (workerId === null || workerId !== actor.workerId)) {
    throw new NotAllowed('WORKER_NOT_SELF');
  }
  if (workerId !== null) {
    if (worker === null || worker.workerId !== workerId) throw new NotFound('WORKER_NOT_FOUND', { workerId });
    if (worker.partyId !== partyId) throw new NotAllowed('WORKER_NOT_OWN', { workerId, partyId });
  }

  const instruction = requireInstructionVersion(state, instructionId, version);
  InstructionMustHaveBeenReceived(instruction, partyId, version);
  const content = instruction.versions[version - 1].content;
  if (!content.some((entry) => entry.language === language)) {
    throw new Invalid('INSTRUCTION_LANGUAGE_UNAVAILABLE', { instructionId, version, language });
  }
  if (worker !== null && !worker.languages.includes(language)) {
    throw new RuleViolated('INSTRUCTION_LANGUAGE_NOT_READ', { workerId: worker.workerId, language });
  }
  const duplicate = countingAcknowledgements(instruction).some(
    (ack) => ack.version === version && ack.partyId === partyId && ack.workerId === workerId,
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
        channel,
        ...(link !== null ? { linkIdHash: link.linkIdHash, userAgent: link.userAgent } : {}),
      },
    },
  ];
}
