import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RetractEntryInput } from './retract-entry.input';

export class RetractEntryCommand extends Command<CommandResult> {
  constructor(
    readonly input: RetractEntryInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
