import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { credentialsDecider, credentialsStreamId, partyDecider, partyStreamId, type CredentialHolder } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { RecordCompanyCertificateCommand } from './record-company-certificate.command';

@CommandHandler(RecordCompanyCertificateCommand)
export class RecordCompanyCertificateHandler implements ICommandHandler<RecordCompanyCertificateCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: RecordCompanyCertificateCommand) {
    const partyId = this.writes.id(input.partyId, 'partyId');
    const data = {
      partyId,
      certificateId: input.certificateId ?? input.registerNumber,
      scheme: input.scheme,
      ladderStep: input.ladderStep ?? null,
      registerNumber: input.registerNumber,
      issuedOn: input.issuedOn,
      validUntil: input.validUntil,
      status: input.status,
      party: await this.holder(partyId),
    };
    const result = await this.writes.run(credentialsDecider, credentialsStreamId(partyId), context, (metadata) => ({
      type: 'RecordCompanyCertificate' as const,
      data,
      metadata,
    }));
    return result;
  }

  // the holder's registrar may record for it: read from the party stream (the log, not a read model)
  private async holder(partyId: string): Promise<CredentialHolder | null> {
    const { state } = await this.writes.load(partyDecider, partyStreamId(partyId));
    return state.status === 'Registered' ? { partyId, registeredBy: state.registeredBy } : null;
  }
}
