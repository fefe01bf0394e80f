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
    const worker = workerId && caller.partyId ? await this.workerFor(chainId, caller.partyId, workerId) : null;
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'AcknowledgeInstruction' as const,
      data: { chainId, instructionId, version: input.version, workerId, worker, language: input.language },
      metadata,
    }));
  }

  /**
   * The worker in the caller's own party, else among the agencies that lend to the caller in this
   * chain (a hirer records for the lent workers it directs; the domain checks the link).
   */
  private async workerFor(chainId: string, partyId: string, workerId: string) {
    const own = await this.parties.worker(partyId, workerId);
    if (own) return own;
    const { state } = await this.writes.load(chainDecider, chainStreamId(chainId));
    if (state.status !== 'Opened') return null;
    const lenders = state.links.filter((l) => l.kind === 'LENDING' && l.fromPartyId === partyId).map((l) => l.toPartyId);
    for (const lender of new Set(lenders)) {
      const lent = await this.parties.worker(lender, workerId);
      if (lent) return lent;
    }
    return null;
  }
}
