import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { ReportIncidentInput } from './report-incident.input';

export class ReportIncidentCommand extends Command<CommandResult & { incidentId: string }> {
  constructor(
    readonly input: ReportIncidentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
