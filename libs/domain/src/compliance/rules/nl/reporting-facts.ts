import type { FindingDraft, RuleContext } from '../../finding';
import { accidents, firstNlaReport, incidentLabel, reportClockStart, victimName } from '../../rule-facts';
import { addHours, deadlineDraft } from '../../rule-time';

export const ARBOWET_FROM = '1999-11-18';

export function directPolicyNote(context: RuleContext): string {
  return `"Direct" is not defined in hours by law; ${context.policy.directReportHours} h is this platform's policy.`;
}

/**
 * Accidents with a duty to report to the NLA: reportable, victim a werknemer of an Arbo employer
 * (the hirer for a lent worker, the gezag holder for a zzp'er under gezag), not a genuine zzp'er.
 */
export function reportable(context: RuleContext) {
  return accidents(context.state)
    .filter((i) => i.victimRelation !== 'SELF_EMPLOYED' && i.authorityHolderPartyId !== null)
    .map((incident) => ({ incident, clock: reportClockStart(incident) }))
    .filter((x): x is { incident: typeof x.incident; clock: NonNullable<typeof x.clock> } => x.clock !== null);
}

export function reportDrafts(context: RuleContext, lateDiscovery: boolean): FindingDraft[] {
  return reportable(context)
    .filter(({ clock }) => clock.lateDiscovery === lateDiscovery)
    .flatMap(({ incident, clock }) => {
      const holder = incident.authorityHolderPartyId as string;
      const due = addHours(clock.start, context.policy.directReportHours);
      const report = firstNlaReport(context, incident, holder);
      const who = context.name(holder);
      return deadlineDraft(due, report?.at ?? null, context.asOf, {
        partyIds: [holder],
        evidenceEventIds: [...clock.evidence, ...(report ? [report.stamp.eventId] : [])],
        explanation: lateDiscovery
          ? `${incidentLabel(incident)} became reportable (${incident.severity}) when it became known at ${clock.start}; ${who}, the Arbo employer of ${victimName(context, incident)}, had not reported it to the NLA by ${due}.`
          : `${incidentLabel(incident)} (${incident.reportedSeverity}) to ${victimName(context, incident)} happened at ${clock.start}; ${who}, the Arbo employer, had not reported it to the NLA by ${due}.`,
        policyNote: directPolicyNote(context),
      });
    });
}
