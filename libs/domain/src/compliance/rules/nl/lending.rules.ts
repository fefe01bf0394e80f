import type { ComplianceRule, FindingDraft } from '../../finding';
import { accidents, firstNlaReport, firstPartyNotice, reportClockStart } from '../../rule-facts';
import { addHours, deadlineDraft, earliest, isAfter, ms } from '../../rule-time';

const LENDING_BASIS_TEXT = 'Act on reporting and vergewis duties for lenders of workers (passed; in force on a date set by decree).';

export const lendInformRule: ComplianceRule = {
  id: 'NL-LEND-INFORM',
  title: 'Accident with a lent worker: agency not informed, or agency did not report',
  basis: { article: 'Wet meldings- en vergewisplicht uitleners', kind: 'LENDING_ACT', text: LENDING_BASIS_TEXT },
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
        const note = `"Direct" is not defined in hours; ${context.policy.directReportHours} h is this platform's policy.`;
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
            partyIds: to === agency ? [hirer] : [hirer, to],
            evidenceEventIds: [...clock.evidence, ...(notice ? [notice.stamp.eventId] : [])],
            explanation:
              to === agency
                ? `Hirer ${hirer} had not informed agency ${agency} of accident ${incident.incidentId} to its lent worker by ${due}.`
                : `Hirer ${hirer} had not informed agency ${to}, which also lends workers to it, of accident ${incident.incidentId} by ${due}.`,
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
            explanation: `Agency ${agency} had not reported accident ${incident.incidentId} to its lent worker to the NLA by ${agencyDue}.`,
            policyNote: note,
          }),
        );
        return drafts;
      }),
};

export const lendVergewisRule: ComplianceRule = {
  id: 'NL-LEND-VERGEWIS',
  title: 'Lent worker resumed before the agency ascertained the measures',
  basis: { article: 'Wet meldings- en vergewisplicht uitleners', kind: 'LENDING_ACT', text: LENDING_BASIS_TEXT },
  inForceFrom: (policy) => policy.lendingActInForceFrom,
  evaluate: (context) =>
    context.state.duties.resumptions.flatMap((resumption): FindingDraft[] => {
      const incident = context.state.incidents.find((i) => i.incidentId === resumption.incidentId);
      if (!incident || incident.retraction !== null || incident.victimRelation !== 'LENT_WORKER') return [];
      const agency = incident.victim!.partyId;
      const resumedAt = context.time(resumption.stamp);
      const check = context.state.checks
        .filter(
          (c) =>
            c.retraction === null &&
            c.checkerPartyId === agency &&
            c.subject === 'MEASURES_TAKEN' &&
            c.outcome === 'CONFIRMED' &&
            c.relatedIncidentId === incident.incidentId,
        )
        .map((c) => ({ c, at: context.time(c.stamp) }))
        .sort((a, b) => ms(a.at) - ms(b.at))[0];
      return deadlineDraft(resumedAt, check?.at ?? null, context.asOf, {
        partyIds: [agency],
        evidenceEventIds: [incident.stamp.eventId, resumption.stamp.eventId, ...(check ? [check.c.stamp.eventId] : [])],
        explanation: `The lent worker resumed at ${resumedAt} before agency ${agency} recorded that it ascertained the measures after accident ${incident.incidentId}.`,
      }).map((d) => ({ ...d, arisenAt: resumedAt }));
    }),
};

export const rieExtractRule: ComplianceRule = {
  id: 'NL-ARBO-5-RIE',
  title: 'RI&E extract did not reach the agency before the lent worker started',
  basis: { article: 'Arbowet art. 5(5)', kind: 'LAW', text: 'The hirer gives the agency, in time before the lent worker starts, the parts of its RI&E on the job\'s risks.' },
  inForceFrom: () => '2007-01-01',
  evaluate: (context) =>
    context.state.links
      .filter((l) => l.kind === 'LENDING')
      .flatMap((link): FindingDraft[] => {
        const starts = context.state.duties.workStarts
          .filter((w) => w.linkId === link.linkId)
          .map((w) => ({ w, at: context.time(w.stamp) }))
          .sort((a, b) => ms(a.at) - ms(b.at));
        if (starts.length === 0) return [];
        const first = starts[0];
        const extract = context.state.duties.rieExtracts
          .filter((r) => r.linkId === link.linkId)
          .map((r) => ({ r, at: context.time(r.stamp) }))
          .sort((a, b) => ms(a.at) - ms(b.at))[0];
        return deadlineDraft(first.at, extract?.at ?? null, context.asOf, {
          partyIds: [link.fromPartyId],
          evidenceEventIds: [first.w.stamp.eventId, ...(extract ? [extract.r.stamp.eventId] : [])],
          explanation: `Worker ${first.w.workerId} of agency ${link.toPartyId} started at ${first.at} before hirer ${link.fromPartyId} delivered its RI&E extract.`,
        }).map((d) => ({ ...d, arisenAt: first.at }));
      }),
};
