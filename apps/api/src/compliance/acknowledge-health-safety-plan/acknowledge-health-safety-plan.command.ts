import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { AcknowledgeHealthSafetyPlanInput } from './acknowledge-health-safety-plan.input';

export class AcknowledgeHealthSafetyPlanCommand extends Command<CommandResult> {
  constructor(
    readonly input: AcknowledgeHealthSafetyPlanInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
