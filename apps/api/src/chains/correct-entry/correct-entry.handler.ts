import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { CorrectEntryCommand } from './correct-entry.command';
import { changesOf } from './entry-changes';

@CommandHandler(CorrectEntryCommand)
export class CorrectEntryHandler implements ICommandHandler<CorrectEntryCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: CorrectEntryCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const targetEventId = this.writes.id(input.targetEventId, 'targetEventId');
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'CorrectEntry' as const,
      data: { chainId, targetEventId, reason: input.reason, changes: changesOf(input.changes) },
      metadata,
    }));
  }
}
