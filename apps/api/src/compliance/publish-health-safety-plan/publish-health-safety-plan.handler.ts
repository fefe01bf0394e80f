import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { PublishHealthSafetyPlanCommand } from './publish-health-safety-plan.command';

@CommandHandler(PublishHealthSafetyPlanCommand)
export class PublishHealthSafetyPlanHandler implements ICommandHandler<PublishHealthSafetyPlanCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: PublishHealthSafetyPlanCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = { chainId, contentHash: input.contentHash, summary: input.summary };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'PublishHealthSafetyPlan' as const,
      data,
      metadata,
    }));
    return result;
  }
}
