import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RecordDirectSupervisionInput } from './record-direct-supervision.input';

export class RecordDirectSupervisionCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordDirectSupervisionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
