import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { AcknowledgeCoordinatorDirectionInput } from './acknowledge-coordinator-direction.input';

export class AcknowledgeCoordinatorDirectionCommand extends Command<CommandResult> {
  constructor(
    readonly input: AcknowledgeCoordinatorDirectionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
