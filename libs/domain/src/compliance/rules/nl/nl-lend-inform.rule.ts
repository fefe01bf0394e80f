import type { ComplianceRule, FindingDraft } from '../../finding';
import { accidents, firstNlaReport, firstPartyNotice, incidentLabel, reportClockStart, victimName } from '../../rule-facts';
import { addHours, deadlineDraft, earliest, isAfter, ms } from '../../rule-time';
import { LENDING_ACT_BASIS } from './lending-act';
import { directPolicyNote } from './reporting-facts';

export const lendInformRule: ComplianceRule = {
  id: 'NL-LEND-INFORM',
  title: 'Accident with a lent worker: agency not informed, or agency did not report',
  basis: LENDING_ACT_BASIS,
  inForceFrom: (policy) => policy.lendingActInForceFrom,
  evaluate: (context) =>
    accidents(context.state)
      .filter((i) => i.victimRelation === 'LENT_WORKER' && i.authorityHolderPartyId !== null)
      .flatMap((incident): FindingDraft[] => {
        const clock = reportClockStart(incident);
        if (!clock) return [];
        const hirer = incident.authorityHolderPartyId as string;
        const agency = incident.victim!.partyId;
        const due = addHours(clock.start, context.policy.directReportHours);
        const note = directPolicyNote(context);
        const label = incidentLabel(incident);
        // other agencies lending workers to the hirer in this chain at the time
        const otherAgencies = [
          ...new Set(
            context.state.links
              .filter((l) => l.kind === 'LENDING' && l.fromPartyId === hirer && l.toPartyId !== agency && !isAfter(l.engaged.occurredAt, incident.happenedAt))
              .filter((l) => l.ended === null || isAfter(l.ended.occurredAt, incident.happenedAt))
              .map((l) => l.toPartyId),
          ),
        ];
        const informed = (to: string) => firstPartyNotice(context, incident, hirer, to);
        const drafts = [agency, ...otherAgencies].flatMap((to) => {
          const notice = informed(to);
          return deadlineDraft(due, notice?.at ?? null, context.asOf, {
            partyIds: [hirer],
            evidenceEventIds: [...clock.evidence, ...(notice ? [notice.stamp.eventId] : [])],
            explanation:
              to === agency
                ? `Hirer ${context.name(hirer)} had not informed agency ${context.name(agency)} of ${label} to its lent worker ${victimName(context, incident)} by ${due}.`
                : `Hirer ${context.name(hirer)} had not informed agency ${context.name(to)}, which also lends workers to it, of ${label} by ${due}.`,
            policyNote: note,
          });
        });
        // the agency's own report runs from when it was informed (or the accident, if it was not)
        const agencyStart = earliest([informed(agency)?.at]) ?? clock.start;
        const agencyStartAt = ms(agencyStart) > ms(clock.start) ? agencyStart : clock.start;
        const agencyDue = addHours(agencyStartAt, context.policy.directReportHours);
        const report = firstNlaReport(context, incident, agency);
        drafts.push(
          ...deadlineDraft(agencyDue, report?.at ?? null, context.asOf, {
            partyIds: [agency],
            evidenceEventIds: [...clock.evidence, ...(report ? [report.stamp.eventId] : [])],
            explanation: `Agency ${context.name(agency)} had not reported ${label} to its lent worker ${victimName(context, incident)} to the NLA by ${agencyDue}.`,
            policyNote: note,
          }),
        );
        return drafts;
      }),
};
