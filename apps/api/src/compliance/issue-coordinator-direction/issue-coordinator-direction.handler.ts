import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { IssueCoordinatorDirectionCommand } from './issue-coordinator-direction.command';

@CommandHandler(IssueCoordinatorDirectionCommand)
export class IssueCoordinatorDirectionHandler implements ICommandHandler<IssueCoordinatorDirectionCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: IssueCoordinatorDirectionCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const directionId = this.writes.newId(context, 'direction');
    const data = {
      chainId,
      directionId,
      addresseePartyIds: input.addresseePartyIds.map((id) => this.writes.id(id, 'addresseePartyIds')),
      text: input.text,
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'IssueCoordinatorDirection' as const,
      data,
      metadata,
    }));
    return { ...result, directionId };
  }
}
