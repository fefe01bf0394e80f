import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { accessDecider, accessStreamId } from '@schakel/domain';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { instantText } from '../../graphql/instant-text';
import { ChainReplaySource } from '../chain-replay-source';
import { GrantInspectorAccessCommand } from './grant-inspector-access.command';
import { InspectorInvitation } from './inspector-invitation';

@CommandHandler(GrantInspectorAccessCommand)
export class GrantInspectorAccessHandler implements ICommandHandler<GrantInspectorAccessCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly source: ChainReplaySource,
    private readonly directory: PartyDirectory,
    private readonly invitation: InspectorInvitation,
  ) {}

  async execute({ input, context }: GrantInspectorAccessCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const inspectorPartyId = this.writes.id(input.inspectorPartyId, 'inspectorPartyId');
    const grantId = input.grantId ? this.writes.id(input.grantId, 'grantId') : this.writes.newId(context, 'grant');
    const grantors = this.source.grantorsOf(await this.source.events(chainId));
    const inspectorParty = await this.directory.party(inspectorPartyId);
    const named = await this.invitation.named(input, inspectorPartyId);
    const result = await this.writes.run(accessDecider, accessStreamId(chainId), context, (metadata) => ({
      type: 'GrantInspectorAccess' as const,
      data: {
        chainId,
        grantId,
        inspectorPartyId,
        inspectorParty,
        inspectorUserId: named?.userId ?? input.inspectorUserId ?? null,
        validFrom: instantText(input.validFrom),
        validUntil: instantText(input.validUntil),
        grantors,
      },
      metadata,
    }));
    if (!named) return { ...result, grantId, inspectorInvited: false, inspectorMailed: false };
    const grantedByPartyId = context.caller.partyId ?? '';
    const sent = await this.invitation.invite(named, { grantId, inspectorPartyId, grantedByPartyId }, context);
    return { ...result, grantId, inspectorInvited: sent.invited, inspectorMailed: sent.mailed };
  }
}
