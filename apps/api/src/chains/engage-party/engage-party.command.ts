import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { EngagePartyInput } from './engage-party.input';

export class EngagePartyCommand extends Command<CommandResult & { linkId: string }> {
  constructor(
    readonly input: EngagePartyInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
