import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RecordExecutionAgreementInput } from './record-execution-agreement.input';

export class RecordExecutionAgreementCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordExecutionAgreementInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
