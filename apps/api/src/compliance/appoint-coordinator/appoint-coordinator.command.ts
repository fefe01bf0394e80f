import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { AppointCoordinatorInput } from './appoint-coordinator.input';

export class AppointCoordinatorCommand extends Command<CommandResult> {
  constructor(
    readonly input: AppointCoordinatorInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
