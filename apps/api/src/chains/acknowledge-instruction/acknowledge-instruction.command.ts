import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { AcknowledgeInstructionInput } from './acknowledge-instruction.input';

export class AcknowledgeInstructionCommand extends Command<CommandResult> {
  constructor(
    readonly input: AcknowledgeInstructionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
