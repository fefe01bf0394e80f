import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Conflict, partyDecider, partyStreamId } from '@schakel/domain';
import { PartyQueries } from '@schakel/read-models';
import type { DataSource } from 'typeorm';
import { READ_MODELS } from '@schakel/infrastructure';
import { WriteSide } from '../../core/write-side';
import { RegisterPartyCommand } from './register-party.command';

@CommandHandler(RegisterPartyCommand)
export class RegisterPartyHandler implements ICommandHandler<RegisterPartyCommand> {
  private readonly parties: PartyQueries;

  constructor(
    private readonly writes: WriteSide,
    @Inject(READ_MODELS) dataSource: DataSource,
  ) {
    this.parties = new PartyQueries(dataSource);
  }

  async execute({ input, context }: RegisterPartyCommand) {
    const partyId = input.partyId ?? this.writes.newId(context, 'partyId');
    // One KvK number, one party: look (searchParties) and engage the one that is there. Read from the
    // read model, which every write waits for; two registrations racing in the same instant could both pass.
    const kvkNumber = typeof input.kvkNumber === 'string' ? input.kvkNumber.trim() : null;
    if (kvkNumber) {
      const holder = await this.parties.partyByKvk(kvkNumber);
      if (holder && holder.id !== partyId.toLowerCase()) throw new Conflict('PARTY_KVK_TAKEN', { kvkNumber, partyId: holder.id });
    }
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
