import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { acknowledgingWorkerId, chainDecider, chainStreamId, employersOfWorkersDirectedBy } from '@schakel/domain';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { AcknowledgeInstructionCommand } from './acknowledge-instruction.command';

@CommandHandler(AcknowledgeInstructionCommand)
export class AcknowledgeInstructionHandler implements ICommandHandler<AcknowledgeInstructionCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
  ) {}

  async execute({ input, context }: AcknowledgeInstructionCommand) {
    const { caller } = context;
    const chainId = this.writes.id(input.chainId, 'chainId');
    const instructionId = this.writes.id(input.instructionId, 'instructionId');
    const workerId = acknowledgingWorkerId(input.workerId ? this.writes.id(input.workerId, 'workerId') : null, caller);
    const worker = workerId && caller.partyId ? await this.workerFor(chainId, caller.partyId, workerId) : null;
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'AcknowledgeInstruction' as const,
      data: { chainId, instructionId, version: input.version, workerId, worker, language: input.language },
      metadata,
    }));
  }

  /** The worker, looked up with the parties the domain says may employ it (`employersOfWorkersDirectedBy`). */
  private async workerFor(chainId: string, partyId: string, workerId: string) {
    const own = await this.parties.worker(partyId, workerId);
    if (own) return own;
    const { state } = await this.writes.load(chainDecider, chainStreamId(chainId));
    for (const employer of employersOfWorkersDirectedBy(state, partyId)) {
      const lent = employer === partyId ? null : await this.parties.worker(employer, workerId);
      if (lent) return lent;
    }
    return null;
  }
}
