import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { DeliverRieExtractInput } from './deliver-rie-extract.input';

export class DeliverRieExtractCommand extends Command<CommandResult> {
  constructor(
    readonly input: DeliverRieExtractInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
