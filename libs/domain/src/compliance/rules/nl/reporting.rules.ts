import type { ComplianceRule, FindingDraft, RuleContext } from '../../finding';
import { accidents, firstNlaReport, isReportable, notificationsOf, reportClockStart } from '../../rule-facts';
import { addHours, deadlineDraft, earliest } from '../../rule-time';

const ARBOWET_FROM = '1999-11-18';

function policyNote(context: RuleContext): string {
  return `"Direct" is not defined in hours by law; ${context.policy.directReportHours} h is this platform's policy.`;
}

/** Incidents with a duty to report to the NLA: reportable, victim under someone's gezag (not a zzp'er on its own account). */
function reportable(context: RuleContext) {
  return accidents(context.state)
    .filter((i) => i.victimRelation !== 'SELF_EMPLOYED' && i.authorityHolderPartyId !== null)
    .map((incident) => ({ incident, clock: reportClockStart(incident) }))
    .filter((x): x is { incident: typeof x.incident; clock: NonNullable<typeof x.clock> } => x.clock !== null);
}

function reportDrafts(context: RuleContext, lateDiscovery: boolean): FindingDraft[] {
  return reportable(context)
    .filter(({ clock }) => clock.lateDiscovery === lateDiscovery)
    .flatMap(({ incident, clock }) => {
      const holder = incident.authorityHolderPartyId as string;
      const due = addHours(clock.start, context.policy.directReportHours);
      const report = firstNlaReport(context, incident, holder);
      return deadlineDraft(due, report?.at ?? null, context.asOf, {
        partyIds: [holder],
        evidenceEventIds: [...clock.evidence, ...(report ? [report.stamp.eventId] : [])],
        explanation: lateDiscovery
          ? `Incident ${incident.incidentId} became reportable (${incident.severity}) when it became known at ${clock.start}; ${holder} had not reported it to the NLA by ${due}.`
          : `Accident ${incident.incidentId} (${incident.reportedSeverity}) happened at ${clock.start}; ${holder}, holding gezag over the victim, had not reported it to the NLA by ${due}.`,
        policyNote: policyNote(context),
      });
    });
}

export const reportRule: ComplianceRule = {
  id: 'NL-ARBO-9-REPORT',
  title: 'Serious accident not reported to the NLA directly',
  basis: { article: 'Arbowet art. 1(2), 9(1)', kind: 'LAW', text: 'The employer (or whoever holds gezag) reports a fatal accident, permanent injury or hospital admission directly to the NLA.' },
  inForceFrom: () => ARBOWET_FROM,
  evaluate: (context) => reportDrafts(context, false),
};

export const lateDiscoveryRule: ComplianceRule = {
  id: 'NL-ARBO-9-LATE-DISCOVERY',
  title: 'Severity found out later not reported promptly',
  basis: { article: 'Arbowet art. 9(1)', kind: 'LAW', text: 'An admission or permanent injury that becomes known later is reported directly after it became known.' },
  inForceFrom: () => ARBOWET_FROM,
  evaluate: (context) => reportDrafts(context, true),
};

export const phoneRule: ComplianceRule = {
  id: 'NL-ARBO-9-PHONE',
  title: 'Fatal accident not reported by phone',
  basis: { article: 'Arbobesluit art. 2.1', kind: 'LAW', text: 'A fatal accident is reported to the NLA by phone.' },
  inForceFrom: () => '1997-01-01',
  evaluate: (context) =>
    reportable(context)
      .filter(({ incident }) => incident.severity === 'DEATH')
      .flatMap(({ incident }) => {
        const holder = incident.authorityHolderPartyId as string;
        const death = incident.reportedSeverity === 'DEATH' ? null : incident.reclassifications.find((r) => r.severity === 'DEATH');
        const start = death ? death.becameKnownAt : incident.happenedAt;
        const due = addHours(start, context.policy.directReportHours);
        const phone = firstNlaReport(context, incident, holder, 'PHONE');
        return deadlineDraft(due, phone?.at ?? null, context.asOf, {
          partyIds: [holder],
          evidenceEventIds: [incident.stamp.eventId, ...(death ? [death.stamp.eventId] : []), ...(phone ? [phone.stamp.eventId] : [])],
          explanation: `Fatal accident ${incident.incidentId}: ${holder} had not reported it to the NLA by phone by ${due}.`,
          policyNote: policyNote(context),
        });
      }),
};

/**
 * The employer's register is kept here, computed from the log: an accident is in the register of the
 * party holding gezag once that party knows of it (it reported it, was notified of it, or reported it
 * to the NLA). Flagged when a reportable accident or one with more than 3 working days' absence stays
 * out of that party's knowledge beyond the direct-report policy.
 */
export const registerRule: ComplianceRule = {
  id: 'NL-ARBO-9-REGISTER',
  title: 'Accident missing from the employer\'s accident register',
  basis: { article: 'Arbowet art. 9(2)', kind: 'LAW', text: 'The employer keeps a register of reported accidents and accidents with more than three working days\' absence (nature and date).' },
  inForceFrom: () => ARBOWET_FROM,
  evaluate: (context) =>
    accidents(context.state)
      .filter((i) => i.victimRelation !== 'SELF_EMPLOYED' && i.authorityHolderPartyId !== null && (isReportable(i.severity) || i.absenceDays > 3))
      .flatMap((incident) => {
        const holder = incident.authorityHolderPartyId as string;
        const recorded = context.time(incident.stamp);
        const knownAt =
          incident.reporterPartyId === holder
            ? recorded
            : earliest(
                notificationsOf(context, incident)
                  .filter((n) => n.notifierPartyId === holder || (n.recipient.kind === 'PARTY' && n.recipient.partyId === holder))
                  .map((n) => n.at),
              );
        return deadlineDraft(addHours(recorded, context.policy.directReportHours), knownAt, context.asOf, {
          partyIds: [holder],
          evidenceEventIds: [incident.stamp.eventId],
          explanation: `Accident ${incident.incidentId} (${incident.severity}, ${incident.absenceDays} days' absence) was recorded by ${incident.reporterPartyId}; ${holder}, who must register it, had not been notified of it.`,
          policyNote: policyNote(context),
        });
      }),
};
