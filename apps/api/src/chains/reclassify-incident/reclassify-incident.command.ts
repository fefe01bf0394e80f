import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { ReclassifyIncidentInput } from './reclassify-incident.input';

export class ReclassifyIncidentCommand extends Command<CommandResult> {
  constructor(
    readonly input: ReclassifyIncidentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
