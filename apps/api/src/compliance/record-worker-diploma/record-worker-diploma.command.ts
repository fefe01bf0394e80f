import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RecordWorkerDiplomaInput } from './record-worker-diploma.input';

export class RecordWorkerDiplomaCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordWorkerDiplomaInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
