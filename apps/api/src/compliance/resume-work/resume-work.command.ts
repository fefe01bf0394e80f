import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { ResumeWorkInput } from './resume-work.input';

export class ResumeWorkCommand extends Command<CommandResult> {
  constructor(
    readonly input: ResumeWorkInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
