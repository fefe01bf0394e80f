import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { IssueSafetyInstructionInput } from './issue-safety-instruction.input';

export class IssueSafetyInstructionCommand extends Command<CommandResult & { instructionId: string; instructionVersion: number }> {
  constructor(
    readonly input: IssueSafetyInstructionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
