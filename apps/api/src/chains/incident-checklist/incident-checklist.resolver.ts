import { UseFilters } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import {
  foldChainEvents,
  INJURY_WITHHELD,
  mayReadInjury,
  nlaDutyOfDraft,
  nlaDutyOfIncident,
  type IncidentKind,
  type IncidentSeverity,
  type NlaReportDuty as DomainDuty,
  type OpenedChain,
} from '@schakel/domain';
import type { Caller } from '@schakel/infrastructure';
import { notFound } from '@schakel/application';
import { AccessPolicy } from '../../access/access-policy';
import { CurrentCaller } from '../../auth/current-caller.decorator';
import { Roles } from '../../auth/roles.decorator';
import { GraphqlExceptionFilter } from '../../errors/graphql-exception.filter';
import { ComplianceFactsReader } from '../../compliance/findings/compliance-facts';
import { inTurn } from '../../limits/fold-turns';
import { CurrentRead, type ReadRequest } from '../../limits/read-request.decorator';
import { ChainReads } from '../chain-reads';
import { IncidentChecklist, NlaReportDuty, NlaReportDutyInput } from './incident-checklist.types';

function toDuty(duty: DomainDuty): NlaReportDuty {
  const at = (iso: string | null) => (iso ? new Date(iso) : null);
  return { ...duty, clockStart: at(duty.clockStart), deadline: at(duty.deadline) };
}

/** The NLA checklist while an incident is being reported, and the follow-up of a recorded one: folded from the log. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER')
export class IncidentChecklistResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly chainReads: ChainReads,
    private readonly facts: ComplianceFactsReader,
  ) {}

  @Query(() => NlaReportDuty, {
    description: 'Before an incident is reported: must it go to the NLA, by whom, by when, by phone? The victim must be on a link you see, as when reporting it.',
  })
  async nlaReportDuty(@Args('input') input: NlaReportDutyInput, @CurrentCaller() caller: Caller, @CurrentRead() read?: ReadRequest): Promise<NlaReportDuty> {
    const scope = await this.access.chainFor(caller, input.chainId);
    const state = await this.state(scope.chainId, read);
    const victim = input.victim ? { partyId: input.victim.partyId.toLowerCase(), workerId: input.victim.workerId ?? null, linkId: input.victim.linkId?.toLowerCase() ?? null } : null;
    const draft = { kind: input.kind as IncidentKind, severity: input.severity as IncidentSeverity, happenedAt: input.happenedAt.toISOString(), victim };
    return toDuty(nlaDutyOfDraft(state, draft, this.facts.policy.directReportHours, scope.viewerPartyId));
  }

  @Query(() => IncidentChecklist, { description: 'The follow-up of an incident you may see: its NLA duty, the measures taken and the resumption of work.' })
  async incidentChecklist(
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRead() read?: ReadRequest,
  ): Promise<IncidentChecklist> {
    const scope = await this.access.chainFor(caller, chainId);
    const id = incidentId.toLowerCase();
    const visible = (await this.chainReads.incidents(scope)).some((i) => i.id === id);
    const state = await this.state(scope.chainId, read);
    const incident = state.incidents.find((i) => i.incidentId === id);
    if (!visible || !incident) throw notFound('INCIDENT_NOT_FOUND', 'No such incident in this chain that your party may see.');
    const readsInjury = mayReadInjury(incident, { kind: 'MEMBER', partyId: scope.viewerPartyId, workerId: scope.viewerWorkerId });
    const resumption = state.duties.resumptions.find((r) => r.incidentId === id) ?? null;
    return {
      incidentId: id,
      duty: toDuty(nlaDutyOfIncident(incident, this.facts.policy.directReportHours)),
      measures: state.duties.measures
        .filter((m) => m.incidentId === id)
        .map((m) => ({
          eventId: m.stamp.eventId,
          byPartyId: m.recordedByPartyId,
          description: readsInjury ? m.description : INJURY_WITHHELD,
          occurredAt: new Date(m.stamp.occurredAt),
          recordedAt: new Date(m.stamp.recordedAt),
        })),
      resumedAt: resumption ? new Date(resumption.stamp.occurredAt) : null,
      resumptionRecordedAt: resumption ? new Date(resumption.stamp.recordedAt) : null,
    };
  }

  private async state(chainId: string, read?: ReadRequest): Promise<OpenedChain> {
    const events = await this.facts.chainEvents(chainId);
    const state = await inTurn(() => foldChainEvents(events, read?.budget));
    if (state.status !== 'Opened') throw notFound('CHAIN_NOT_FOUND', `Chain ${chainId} does not exist.`);
    return state;
  }
}
