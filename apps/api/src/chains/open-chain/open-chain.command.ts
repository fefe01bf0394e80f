import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { OpenChainInput } from './open-chain.input';

export class OpenChainCommand extends Command<CommandResult & { chainId: string }> {
  constructor(
    readonly input: OpenChainInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
