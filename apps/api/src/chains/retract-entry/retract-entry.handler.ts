import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { RetractEntryCommand } from './retract-entry.command';

@CommandHandler(RetractEntryCommand)
export class RetractEntryHandler implements ICommandHandler<RetractEntryCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: RetractEntryCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const targetEventId = this.writes.id(input.targetEventId, 'targetEventId');
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'RetractEntry' as const,
      data: { chainId, targetEventId, reason: input.reason },
      metadata,
    }));
  }
}
