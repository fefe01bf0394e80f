import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { AcknowledgeHealthSafetyPlanCommand } from './acknowledge-health-safety-plan.command';

@CommandHandler(AcknowledgeHealthSafetyPlanCommand)
export class AcknowledgeHealthSafetyPlanHandler implements ICommandHandler<AcknowledgeHealthSafetyPlanCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: AcknowledgeHealthSafetyPlanCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = { chainId, version: input.version };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'AcknowledgeHealthSafetyPlan' as const,
      data,
      metadata,
    }));
    return result;
  }
}
