import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RegisterWorkerInput } from './register-worker.input';

export class RegisterWorkerCommand extends Command<CommandResult & { workerId: string }> {
  constructor(
    readonly input: RegisterWorkerInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
