import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { IssueCoordinatorDirectionInput } from './issue-coordinator-direction.input';

export class IssueCoordinatorDirectionCommand extends Command<CommandResult & { directionId: string }> {
  constructor(
    readonly input: IssueCoordinatorDirectionInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
