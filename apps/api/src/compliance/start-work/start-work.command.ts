import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { StartWorkInput } from './start-work.input';

export class StartWorkCommand extends Command<CommandResult & { workStartId: string }> {
  constructor(
    readonly input: StartWorkInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
