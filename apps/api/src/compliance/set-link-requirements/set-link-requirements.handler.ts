import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { SetLinkRequirementsCommand } from './set-link-requirements.command';

@CommandHandler(SetLinkRequirementsCommand)
export class SetLinkRequirementsHandler implements ICommandHandler<SetLinkRequirementsCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: SetLinkRequirementsCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = {
      chainId,
      linkId: this.writes.id(input.linkId, 'linkId'),
      minimumCertificate: input.minimumCertificate ?? null,
      minimumLadderStep: input.minimumLadderStep ?? null,
      maySubcontract: input.maySubcontract,
      workerDiplomaRequired: input.workerDiplomaRequired,
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'SetLinkRequirements' as const,
      data,
      metadata,
    }));
    return result;
  }
}
