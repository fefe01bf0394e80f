import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { EndEngagementInput } from './end-engagement.input';

export class EndEngagementCommand extends Command<CommandResult> {
  constructor(
    readonly input: EndEngagementInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
