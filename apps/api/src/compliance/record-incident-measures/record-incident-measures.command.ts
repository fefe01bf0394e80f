import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RecordIncidentMeasuresInput } from './record-incident-measures.input';

export class RecordIncidentMeasuresCommand extends Command<CommandResult> {
  constructor(
    readonly input: RecordIncidentMeasuresInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
