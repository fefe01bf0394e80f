import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { AcknowledgeCoordinatorDirectionCommand } from './acknowledge-coordinator-direction.command';

@CommandHandler(AcknowledgeCoordinatorDirectionCommand)
export class AcknowledgeCoordinatorDirectionHandler implements ICommandHandler<AcknowledgeCoordinatorDirectionCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: AcknowledgeCoordinatorDirectionCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = { chainId, directionId: this.writes.id(input.directionId, 'directionId') };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'AcknowledgeCoordinatorDirection' as const,
      data,
      metadata,
    }));
    return result;
  }
}
