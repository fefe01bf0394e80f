import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId, type SafetyInstructionIssued } from '@schakel/domain';
import { IdClaims } from '../../core/id-claims';
import { WriteSide } from '../../core/write-side';
import { badInput, contentHashOf, storedContent } from '@schakel/application';
import { IssueSafetyInstructionCommand } from './issue-safety-instruction.command';

@CommandHandler(IssueSafetyInstructionCommand)
export class IssueSafetyInstructionHandler implements ICommandHandler<IssueSafetyInstructionCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly ids: IdClaims,
  ) {}

  async execute({ input, context }: IssueSafetyInstructionCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const supersedesInstructionId = input.supersedesInstructionId
      ? this.writes.id(input.supersedesInstructionId, 'supersedesInstructionId')
      : null;
    const givenId = input.instructionId ? this.writes.id(input.instructionId, 'instructionId') : null;
    if (supersedesInstructionId && givenId && givenId !== supersedesInstructionId) {
      throw badInput('INPUT_INSTRUCTION_ID_AMBIGUOUS', 'A new version keeps the id of the instruction it supersedes: leave instructionId out.');
    }
    // a new version keeps the id of the instruction it supersedes
    const instructionId = supersedesInstructionId ?? givenId ?? this.writes.newId(context, 'instruction');
    if (givenId) await this.ids.assertFreeInChain('instruction', instructionId, chainId);
    const content = storedContent(input.content);
    const topics = [...input.topics];
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'IssueSafetyInstruction' as const,
      data: {
        chainId,
        instructionId,
        supersedesInstructionId,
        content,
        topics,
        contentHash: contentHashOf(content, topics),
      },
      metadata,
    }));
    const issued = result.events.find((event) => event.type === 'SafetyInstructionIssued');
    const version = (issued?.data as SafetyInstructionIssued['data'] | undefined)?.version ?? 0;
    return { ...result, instructionId, instructionVersion: version };
  }
}
