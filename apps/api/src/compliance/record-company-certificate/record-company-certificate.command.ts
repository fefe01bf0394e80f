import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RecordCompanyCertificateInput } from './record-company-certificate.input';

export class RecordCompanyCertificateCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordCompanyCertificateInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
