import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { partyDecider, partyStreamId } from '@schakel/domain';
import { IdClaims } from '../../core/id-claims';
import { WriteSide } from '../../core/write-side';
import { RegisterWorkerCommand } from './register-worker.command';

@CommandHandler(RegisterWorkerCommand)
export class RegisterWorkerHandler implements ICommandHandler<RegisterWorkerCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly ids: IdClaims,
  ) {}

  async execute({ input, context }: RegisterWorkerCommand) {
    const partyId = this.writes.id(input.partyId, 'partyId');
    const workerId = input.workerId ? this.writes.id(input.workerId, 'workerId') : this.writes.newId(context, 'workerId');
    if (input.workerId) await this.ids.assertWorkerIdFree(workerId, partyId);
    const result = await this.writes.run(partyDecider, partyStreamId(partyId), context, (metadata) => ({
      type: 'RegisterWorker' as const,
      data: { partyId, workerId, name: input.name, languages: input.languages, relation: input.relation },
      metadata,
    }));
    return { ...result, workerId };
  }
}
