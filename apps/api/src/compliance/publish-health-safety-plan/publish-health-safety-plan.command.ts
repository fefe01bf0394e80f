import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { PublishHealthSafetyPlanInput } from './publish-health-safety-plan.input';

export class PublishHealthSafetyPlanCommand extends Command<CommandResult> {
  constructor(
    readonly input: PublishHealthSafetyPlanInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
