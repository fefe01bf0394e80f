import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { PassDownInstructionInput } from './pass-down-instruction.input';

export class PassDownInstructionCommand extends Command<CommandResult> {
  constructor(
    readonly input: PassDownInstructionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
