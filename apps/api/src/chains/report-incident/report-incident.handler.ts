import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId, incidentValidTime, type IncidentVictim } from '@schakel/domain';
import { IdClaims } from '../../core/id-claims';
import { PartyDirectory } from '../../core/party-directory';
import { WriteSide } from '../../core/write-side';
import { instantText } from '../../graphql/instant-text';
import { ReportIncidentCommand } from './report-incident.command';
import type { IncidentVictimInput } from './report-incident.input';

@CommandHandler(ReportIncidentCommand)
export class ReportIncidentHandler implements ICommandHandler<ReportIncidentCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly ids: IdClaims,
    private readonly parties: PartyDirectory,
  ) {}

  async execute({ input, context }: ReportIncidentCommand) {
    const chainId = this.writes.id(input.chainId, 'chainId');
    const incidentId = input.incidentId ? this.writes.id(input.incidentId, 'incidentId') : this.writes.newId(context, 'incident');
    if (input.incidentId) await this.ids.assertFreeInChain('incident', incidentId, chainId);
    const victim = input.victim ? this.victimOf(input.victim) : null;
    // the victim's worker is looked up in the victim party's own stream: a worker of another party is not found
    const victimWorker = victim?.workerId ? await this.parties.worker(victim.partyId, victim.workerId) : null;
    const happenedAt = instantText(input.happenedAt);
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), { ...context, occurredAt: incidentValidTime(input.happenedAt, context.occurredAt, new Date()) }, (metadata) => ({
      type: 'ReportIncident' as const,
      data: {
        chainId,
        incidentId,
        kind: input.kind,
        happenedAt,
        location: input.location,
        description: input.description,
        topics: [...input.topics],
        victim,
        victimWorker,
        severity: input.severity ?? 'NONE',
        absenceDays: input.absenceDays ?? 0,
      },
      metadata,
    }));
    return { ...result, incidentId };
  }

  private victimOf(victim: IncidentVictimInput): IncidentVictim {
    return {
      partyId: this.writes.id(victim.partyId, 'victim.partyId'),
      workerId: victim.workerId ? this.writes.id(victim.workerId, 'victim.workerId') : null,
      linkId: victim.linkId ? this.writes.id(victim.linkId, 'victim.linkId') : null,
    };
  }
}
