import { Conflict, Invalid, NotAllowed, NotFound } from '../../shared/errors';
import { isNonEmptyText, isSha256Hex, requireLanguage, requireTopics } from '../../shared/values';
import type { IssueSafetyInstruction } from '../chain.commands';
import type { InstructionContent, SafetyInstructionIssued } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { instructionOf } from '../chain-collections';

function requireContent(content: unknown): InstructionContent[] {
  if (!Array.isArray(content) || content.length === 0) throw new Invalid('INSTRUCTION_CONTENT_REQUIRED');
  const languages = new Set<string>();
  return content.map((entry: Partial<InstructionContent> | null) => {
    const language = requireLanguage(entry?.language);
    if (!isNonEmptyText(entry?.title) || !isNonEmptyText(entry?.body)) throw new Invalid('INSTRUCTION_CONTENT_REQUIRED');
    if (languages.has(language)) throw new Invalid('INSTRUCTION_LANGUAGE_DUPLICATE', { language });
    languages.add(language);
    // the body is kept as given: the content hash was computed over it
    return { language, title: entry.title, body: entry.body };
  });
}

export function decideIssueInstruction(command: IssueSafetyInstruction, state: OpenedChain): SafetyInstructionIssued[] {
  const { supersedesInstructionId, contentHash } = command.data;
  const content = requireContent(command.data.content);
  const topics = requireTopics(command.data.topics);
  if (!isSha256Hex(contentHash)) throw new Invalid('INSTRUCTION_HASH_INVALID', { value: String(contentHash) });
  const issuerPartyId = actingPartyInChain(state, command.metadata);

  let instructionId = command.data.instructionId;
  let version = 1;
  if (supersedesInstructionId === null) {
    if (instructionOf(state, instructionId)) throw new Conflict('INSTRUCTION_ALREADY_ISSUED', { instructionId });
  } else {
    const superseded = instructionOf(state, supersedesInstructionId);
    if (!superseded) throw new NotFound('INSTRUCTION_NOT_FOUND', { instructionId: supersedesInstructionId });
    if (superseded.issuerPartyId !== issuerPartyId) {
      throw new NotAllowed('INSTRUCTION_NOT_OWN', { instructionId: supersedesInstructionId, issuerPartyId: superseded.issuerPartyId });
    }
    instructionId = supersedesInstructionId;
    version = superseded.currentVersion + 1;
  }
  return [{ type: 'SafetyInstructionIssued', data: { instructionId, version, issuerPartyId, content, topics, contentHash } }];
}
