import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { ResumeWorkCommand } from './resume-work.command';

@CommandHandler(ResumeWorkCommand)
export class ResumeWorkHandler implements ICommandHandler<ResumeWorkCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: ResumeWorkCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = { chainId, incidentId: this.writes.id(input.incidentId, 'incidentId') };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'ResumeWork' as const,
      data,
      metadata,
    }));
    return result;
  }
}
