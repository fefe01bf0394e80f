import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { RecordExecutionAgreementCommand } from './record-execution-agreement.command';

@CommandHandler(RecordExecutionAgreementCommand)
export class RecordExecutionAgreementHandler implements ICommandHandler<RecordExecutionAgreementCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: RecordExecutionAgreementCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = { chainId, uitvoerendePartyId: this.writes.id(input.uitvoerendePartyId, 'uitvoerendePartyId'), reference: input.reference };
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'RecordExecutionAgreement' as const,
      data,
      metadata,
    }));
  }
}
