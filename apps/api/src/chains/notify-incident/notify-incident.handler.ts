import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId, type NotificationRecipient } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { badInput } from '@schakel/application';
import { NotifyIncidentCommand } from './notify-incident.command';
import type { NotifyIncidentInput } from './notify-incident.input';

@CommandHandler(NotifyIncidentCommand)
export class NotifyIncidentHandler implements ICommandHandler<NotifyIncidentCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: NotifyIncidentCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const incidentId = this.writes.id(input.incidentId, 'incidentId');
    const recipient = this.recipientOf(input);
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'NotifyIncident' as const,
      data: { chainId, incidentId, recipient, channel: input.channel, reference: input.reference ?? null },
      metadata,
    }));
  }

  // GraphQL has no input unions: the two optional fields stand for the domain's recipient union
  private recipientOf(input: NotifyIncidentInput): NotificationRecipient {
    const hasParty = input.recipientPartyId != null;
    const hasAuthority = input.authority != null;
    if (hasParty === hasAuthority) {
      throw badInput('INPUT_RECIPIENT_AMBIGUOUS', 'Give exactly one recipient: recipientPartyId or authority.');
    }
    return hasParty
      ? { kind: 'PARTY', partyId: this.writes.id(input.recipientPartyId!, 'recipientPartyId') }
      : { kind: 'AUTHORITY', authority: input.authority! };
  }
}
