import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
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
    // a WORKER token acknowledges for its own worker unless the input names one (which the domain
    // then refuses when it is another worker)
    const workerId = input.workerId
      ? this.writes.id(input.workerId, 'workerId')
      : caller.role === 'WORKER'
        ? caller.workerId
        : null;
    const worker = workerId && caller.partyId ? await this.parties.worker(caller.partyId, workerId) : null;
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'AcknowledgeInstruction' as const,
      data: { chainId, instructionId, version: input.version, workerId, worker, language: input.language },
      metadata,
    }));
  }
}
