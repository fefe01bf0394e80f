import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { StartWorkCommand } from './start-work.command';

@CommandHandler(StartWorkCommand)
export class StartWorkHandler implements ICommandHandler<StartWorkCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
  ) {}

  async execute({ input, context }: StartWorkCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const workStartId = this.writes.newId(context, 'work-start');
    const workerId = this.writes.id(input.workerId, 'workerId');
    const data = {
      chainId,
      workStartId,
      linkId: this.writes.id(input.linkId, 'linkId'),
      workerId,
      worker: await this.parties.worker(this.writes.id(input.workerPartyId, 'workerPartyId'), workerId),
      topics: input.topics,
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'StartWork' as const,
      data,
      metadata,
    }));
    return { ...result, workStartId };
  }
}
