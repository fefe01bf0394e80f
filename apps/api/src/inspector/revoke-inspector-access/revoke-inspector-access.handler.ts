import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accessDecider, accessStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { ChainReplaySource } from '../chain-replay-source';
import { RevokeInspectorAccessCommand } from './revoke-inspector-access.command';

@CommandHandler(RevokeInspectorAccessCommand)
export class RevokeInspectorAccessHandler implements ICommandHandler<RevokeInspectorAccessCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly source: ChainReplaySource,
  ) {}

  async execute({ input, context }: RevokeInspectorAccessCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const grantId = this.writes.id(input.grantId, 'grantId');
    const grantors = this.source.grantorsOf(await this.source.events(chainId));
    return this.writes.run(accessDecider, accessStreamId(chainId), context, (metadata) => ({
      type: 'RevokeInspectorAccess' as const,
      data: { chainId, grantId, reason: input.reason, grantors },
      metadata,
    }));
  }
}
