import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { RecordDirectSupervisionCommand } from './record-direct-supervision.command';

@CommandHandler(RecordDirectSupervisionCommand)
export class RecordDirectSupervisionHandler implements ICommandHandler<RecordDirectSupervisionCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: RecordDirectSupervisionCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = {
      chainId,
      linkId: this.writes.id(input.linkId, 'linkId'),
      supervisorPartyId: this.writes.id(input.supervisorPartyId, 'supervisorPartyId'),
      description: input.description,
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'RecordDirectSupervision' as const,
      data,
      metadata,
    }));
    return result;
  }
}
