import type { ComplianceRule, FindingDraft } from '../../finding';
import { accidents, incidentLabel, reportClockStart } from '../../rule-facts';
import { addHours, deadlineDraft, isAfter, ms } from '../../rule-time';
import { LENDING_ACT_BASIS } from './lending-act';

/**
 * After a reportable accident to a lent worker the agency ascertains that the hirer took measures
 * against recurrence, before any of its workers works at that place again (the victim resuming, or a
 * colleague starting on a lending link from the same hirer) and at the latest when the policy period
 * has passed — which also covers a death and colleagues who simply keep working.
 */
export const lendVergewisRule: ComplianceRule = {
  id: 'NL-LEND-VERGEWIS',
  title: 'Agency did not ascertain the hirer\'s measures before its workers worked there again',
  basis: LENDING_ACT_BASIS,
  inForceFrom: (policy) => policy.lendingActInForceFrom,
  evaluate: (context) =>
    accidents(context.state)
      .filter((i) => i.victimRelation === 'LENT_WORKER' && i.authorityHolderPartyId !== null && reportClockStart(i) !== null)
      .flatMap((incident): FindingDraft[] => {
        const { state } = context;
        const agency = incident.victim!.partyId;
        const hirer = incident.authorityHolderPartyId as string;
        // work after the accident on the same clock: recorded after it was recorded (RECORDED), or after it happened (OCCURRED)
        const after = (at: string) => isAfter(at, context.time(incident.stamp));
        const resumption = state.duties.resumptions
          .filter((r) => r.incidentId === incident.incidentId)
          .map((r) => ({ at: context.time(r.stamp), eventId: r.stamp.eventId, what: 'the victim resumed work' }));
        const lendingLinks = new Set(state.links.filter((l) => l.kind === 'LENDING' && l.fromPartyId === hirer && l.toPartyId === agency).map((l) => l.linkId));
        const workAgain = state.duties.workStarts
          .filter((w) => lendingLinks.has(w.linkId) && w.partyId === agency)
          .map((w) => ({ at: context.time(w.stamp), eventId: w.stamp.eventId, what: `${context.name(w.workerId)} started work there` }))
          .filter((w) => after(w.at));
        const periodEnd = addHours(incident.happenedAt, context.policy.vergewisPeriodHours);
        const triggers = [...resumption, ...workAgain, { at: periodEnd, eventId: '', what: `the ${context.policy.vergewisPeriodHours} h policy period passed` }].sort(
          (a, b) => ms(a.at) - ms(b.at),
        );
        const first = triggers[0];
        const check = state.checks
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
        const fromPolicy = first.eventId === '';
        return deadlineDraft(first.at, check?.at ?? null, context.asOf, {
          partyIds: [agency],
          evidenceEventIds: [incident.stamp.eventId, first.eventId, ...(check ? [check.c.stamp.eventId] : [])],
          explanation: `After ${incidentLabel(incident)}, ${first.what} at ${first.at} before agency ${context.name(agency)} recorded that it ascertained the measures of hirer ${context.name(hirer)}.`,
          policyNote: fromPolicy
            ? `The act sets no period; ${context.policy.vergewisPeriodHours} h after the accident is this platform's policy.`
            : null,
        });
      }),
};

