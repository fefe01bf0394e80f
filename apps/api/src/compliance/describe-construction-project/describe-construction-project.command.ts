import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../../core/command-runner';
import type { DescribeConstructionProjectInput } from './describe-construction-project.input';

export class DescribeConstructionProjectCommand extends Command<CommandResult> {
  constructor(
    readonly input: DescribeConstructionProjectInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}
