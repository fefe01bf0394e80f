import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { IdClaims } from '../../core/id-claims';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { EngagePartyCommand } from './engage-party.command';

@CommandHandler(EngagePartyCommand)
export class EngagePartyHandler implements ICommandHandler<EngagePartyCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
    private readonly ids: IdClaims,
  ) {}

  async execute({ input, context }: EngagePartyCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const linkId = input.linkId ? this.writes.id(input.linkId, 'linkId') : this.writes.newId(context, 'link');
    if (input.linkId) await this.ids.assertFreeInChain('link', linkId, chainId);
    const engagedPartyId = this.writes.id(input.partyId, 'partyId');
    const engagedParty = await this.parties.party(engagedPartyId);
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'EngageParty' as const,
      data: {
        chainId,
        linkId,
        engagedPartyId,
        engagedParty,
        kind: input.kind,
        scope: input.scope,
        underAuthority: input.underAuthority ?? false,
        startDate: input.startDate,
      },
      metadata,
    }));
    return { ...result, linkId };
  }
}
