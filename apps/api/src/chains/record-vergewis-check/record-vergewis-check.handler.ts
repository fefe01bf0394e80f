import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { IdClaims } from '../../core/id-claims';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { RecordVergewisCheckCommand } from './record-vergewis-check.command';

@CommandHandler(RecordVergewisCheckCommand)
export class RecordVergewisCheckHandler implements ICommandHandler<RecordVergewisCheckCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
    private readonly ids: IdClaims,
  ) {}

  async execute({ input, context }: RecordVergewisCheckCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const checkId = input.checkId ? this.writes.id(input.checkId, 'checkId') : this.writes.newId(context, 'check');
    if (input.checkId) await this.ids.assertFreeInChain('check', checkId, chainId);
    const subjectPartyId = this.writes.id(input.subjectPartyId, 'subjectPartyId');
    const subjectWorkerId = input.subjectWorkerId ? this.writes.id(input.subjectWorkerId, 'subjectWorkerId') : null;
    const relatedIncidentId = input.relatedIncidentId ? this.writes.id(input.relatedIncidentId, 'relatedIncidentId') : null;
    const relatedInstructionId = input.relatedInstructionId
      ? this.writes.id(input.relatedInstructionId, 'relatedInstructionId')
      : null;
    const subjectWorker = subjectWorkerId ? await this.parties.worker(subjectPartyId, subjectWorkerId) : null;
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'RecordVergewisCheck' as const,
      data: {
        chainId,
        checkId,
        subjectPartyId,
        subjectWorkerId,
        subjectWorker,
        subject: input.subject,
        outcome: input.outcome,
        summary: input.summary,
        evidence: input.evidence.map(({ name, sha256, sizeBytes }) => ({ name, sha256, ...(sizeBytes === null || sizeBytes === undefined ? {} : { sizeBytes }) })),
        validUntil: input.validUntil ?? null,
        relatedIncidentId,
        relatedInstructionId,
      },
      metadata,
    }));
    return { ...result, checkId };
  }
}
