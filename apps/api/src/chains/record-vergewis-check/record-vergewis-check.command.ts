import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RecordVergewisCheckInput } from './record-vergewis-check.input';

export class RecordVergewisCheckCommand extends Command<CommandResult & { checkId: string }> {
  constructor(
    readonly input: RecordVergewisCheckInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
