import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { EndEngagementCommand } from './end-engagement.command';

@CommandHandler(EndEngagementCommand)
export class EndEngagementHandler implements ICommandHandler<EndEngagementCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: EndEngagementCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const linkId = this.writes.id(input.linkId, 'linkId');
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'EndEngagement' as const,
      data: { chainId, linkId, endDate: input.endDate, reason: input.reason },
      metadata,
    }));
  }
}
