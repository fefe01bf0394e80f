import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RegisterPartyInput } from './register-party.input';

export class RegisterPartyCommand extends Command<CommandResult & { partyId: string }> {
  constructor(
    readonly input: RegisterPartyInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
