import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { NotifyIncidentInput } from './notify-incident.input';

export class NotifyIncidentCommand extends Command<CommandResult> {
  constructor(
    readonly input: NotifyIncidentInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
