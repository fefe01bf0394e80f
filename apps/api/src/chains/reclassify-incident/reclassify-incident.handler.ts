import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId } from '@schakel/domain';
import { WriteSide } from '../../core/write-side';
import { instantText } from '../../graphql/instant-text';
import { ReclassifyIncidentCommand } from './reclassify-incident.command';

@CommandHandler(ReclassifyIncidentCommand)
export class ReclassifyIncidentHandler implements ICommandHandler<ReclassifyIncidentCommand> {
  constructor(private readonly writes: WriteSide) {}

  async execute({ input, context }: ReclassifyIncidentCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const incidentId = this.writes.id(input.incidentId, 'incidentId');
    return this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => ({
      type: 'ReclassifyIncident' as const,
      data: {
        chainId,
        incidentId,
        severity: input.severity,
        absenceDays: input.absenceDays,
        becameKnownAt: instantText(input.becameKnownAt),
        reason: input.reason,
      },
      metadata,
    }));
  }
}
