import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { partyDecider, partyStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { RegisterPartyCommand } from './register-party.command';

@CommandHandler(RegisterPartyCommand)
export class RegisterPartyHandler implements ICommandHandler<RegisterPartyCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: RegisterPartyCommand) {
    const partyId = input.partyId ?? this.writes.newId(context, 'partyId');
    const result = await this.writes.run(partyDecider, partyStreamId(this.writes.id(partyId, 'partyId')), context, (metadata) => ({
      type: 'RegisterParty' as const,
      data: {
        partyId,
        kind: input.kind,
        name: input.name,
        kvkNumber: input.kvkNumber ?? null,
        country: input.country ?? 'NL',
      },
      metadata,
    }));
    return { ...result, partyId };
  }
}
