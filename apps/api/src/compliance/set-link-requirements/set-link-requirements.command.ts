import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { SetLinkRequirementsInput } from './set-link-requirements.input';

export class SetLinkRequirementsCommand extends Command<CommandResult> {
  constructor(
    readonly input: SetLinkRequirementsInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
