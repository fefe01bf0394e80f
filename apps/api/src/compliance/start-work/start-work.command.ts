import { Command } from '@nestjs/cqrs';
import type { StartVerdict } from '@schakel/domain';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { StartCheckReason } from '../start-check/start-check.types';
import type { StartWorkInput } from './start-work.input';

export class StartWorkCommand extends Command<CommandResult & { workStartId: string; verdict: StartVerdict | null; reasons: StartCheckReason[] }> {
  constructor(
    readonly input: StartWorkInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
