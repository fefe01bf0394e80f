import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { CorrectEntryInput } from './correct-entry.input';

export class CorrectEntryCommand extends Command<CommandResult> {
  constructor(
    readonly input: CorrectEntryInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
