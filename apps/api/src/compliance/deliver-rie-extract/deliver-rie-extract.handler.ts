import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { DeliverRieExtractCommand } from './deliver-rie-extract.command';

@CommandHandler(DeliverRieExtractCommand)
export class DeliverRieExtractHandler implements ICommandHandler<DeliverRieExtractCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: DeliverRieExtractCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = {
      chainId,
      linkId: this.writes.id(input.linkId, 'linkId'),
      contentHash: input.contentHash,
      summary: input.summary,
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'DeliverRieExtract' as const,
      data,
      metadata,
    }));
    return result;
  }
}
