import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { credentialsDecider, credentialsStreamId, partyDecider, partyStreamId, type CredentialHolder } from '@schakel/domain';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { RecordWorkerDiplomaCommand } from './record-worker-diploma.command';

@CommandHandler(RecordWorkerDiplomaCommand)
export class RecordWorkerDiplomaHandler implements ICommandHandler<RecordWorkerDiplomaCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
  ) {}

  async execute({ input, context }: RecordWorkerDiplomaCommand) {
    const partyId = this.writes.id(input.partyId, 'partyId');
    const workerId = this.writes.id(input.workerId, 'workerId');
    const data = {
      partyId,
      workerId,
      diploma: input.diploma,
      issuedOn: input.issuedOn,
      registerNumber: input.registerNumber,
      party: await this.holder(partyId),
      worker: await this.parties.worker(partyId, workerId),
    };
    const result = await this.writes.run(credentialsDecider, credentialsStreamId(partyId), context, (metadata) => ({
      type: 'RecordWorkerDiploma' as const,
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
