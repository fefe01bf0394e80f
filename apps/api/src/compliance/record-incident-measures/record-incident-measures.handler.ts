import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { RecordIncidentMeasuresCommand } from './record-incident-measures.command';

@CommandHandler(RecordIncidentMeasuresCommand)
export class RecordIncidentMeasuresHandler implements ICommandHandler<RecordIncidentMeasuresCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: RecordIncidentMeasuresCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const data = {
      chainId,
      incidentId: this.writes.id(input.incidentId, 'incidentId'),
      description: input.description,
      evidence: input.evidence.map(({ name, sha256, sizeBytes }) => ({ name, sha256, ...(sizeBytes === null || sizeBytes === undefined ? {} : { sizeBytes }) })),
    };
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'RecordIncidentMeasures' as const,
      data,
      metadata,
    }));
    return result;
  }
}
