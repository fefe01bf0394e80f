import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { GrantInspectorAccessInput } from './grant-inspector-access.input';

export class GrantInspectorAccessCommand extends Command<CommandResult & { grantId: string; inspectorInvited: boolean; inspectorMailed: boolean }> {
  constructor(
    readonly input: GrantInspectorAccessInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
