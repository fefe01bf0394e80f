import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { DescribeConstructionProjectCommand } from './describe-construction-project.command';

@CommandHandler(DescribeConstructionProjectCommand)
export class DescribeConstructionProjectHandler implements ICommandHandler<DescribeConstructionProjectCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: DescribeConstructionProjectCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = {
      chainId,
      estimatedWorkingDays: input.estimatedWorkingDays,
      peakSimultaneousWorkers: input.peakSimultaneousWorkers,
      personDays: input.personDays,
      plannedSiteStart: input.plannedSiteStart,
      specialHazards: input.specialHazards ?? [],
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'DescribeConstructionProject' as const,
      data,
      metadata,
    }));
    return result;
  }
}
