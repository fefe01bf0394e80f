import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { OpenChainCommand } from './open-chain.command';

@CommandHandler(OpenChainCommand)
export class OpenChainHandler implements ICommandHandler<OpenChainCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
  ) {}

  async execute({ input, context }: OpenChainCommand) {
    const chainId = input.chainId ? this.writes.id(input.chainId, 'chainId') : this.writes.newId(context, 'chain');
    const principalPartyId = this.writes.id(input.principalPartyId, 'principalPartyId');
    const principal = await this.parties.party(principalPartyId);
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'OpenChain' as const,
      data: {
        chainId,
        name: input.name,
        description: input.description ?? '',
        siteAddress: input.siteAddress ?? null,
        principalPartyId,
        principal,
        sector: input.sector ?? 'CONSTRUCTION',
      },
      metadata,
    }));
    return { ...result, chainId };
  }
}
