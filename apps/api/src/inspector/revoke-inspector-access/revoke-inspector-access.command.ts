import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { RevokeInspectorAccessInput } from './revoke-inspector-access.input';

export class RevokeInspectorAccessCommand extends Command<CommandResult> {
  constructor(
    readonly input: RevokeInspectorAccessInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
