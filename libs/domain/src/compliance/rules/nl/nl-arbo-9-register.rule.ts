import type { IncidentState } from '../../../chain/chain.state';
import type { ComplianceRule, RuleContext } from '../../finding';
import { accidents, incidentLabel, isReportable, notificationsOf, victimName } from '../../rule-facts';
import { earliest, isAfter } from '../../rule-time';
import { accidentRegister } from '../../accident-register';
import { ARBOWET_FROM } from './reporting-facts';

const registrable = (severity: IncidentState['severity'], absenceDays: number) => isReportable(severity) || absenceDays > 3;

/** When the accident first belonged in a register: as recorded, or when a reclassification made it so. */
function registrableSince(context: RuleContext, incident: IncidentState): { at: string; eventId: string } | null {
  if (registrable(incident.reportedSeverity, incident.reportedAbsenceDays)) return { at: context.time(incident.stamp), eventId: incident.stamp.eventId };
  const made = incident.reclassifications.find((r) => registrable(r.severity, r.absenceDays));
  return made ? { at: context.time(made.stamp), eventId: made.stamp.eventId } : null;
}

/** When the Arbo employer knew of the accident: it recorded it, notified about it, or was notified. */
function knownToEmployerAt(context: RuleContext, incident: IncidentState, employer: string): string | null {
  if (incident.reporterPartyId === employer) return context.time(incident.stamp);
  return earliest(
    notificationsOf(context, incident)
      .filter((n) => n.notifierPartyId === employer || (n.recipient.kind === 'PARTY' && n.recipient.partyId === employer))
      .map((n) => n.at),
  );
}

/**
 * The register (Arbowet 9(2)) is kept here, computed from the log (accidentRegister): an accident is
 * in the register of the victim's Arbo employer once that employer knows of it. Flagged when a
 * registrable accident the employer knows of is not in that register. The law sets no deadline, so
 * none is applied. An accident the employer was never told of is not its gap but the recording
 * party's: CHAIN-INFORM-EMPLOYER names that party.
 */
export const registerRule: ComplianceRule = {
  id: 'NL-ARBO-9-REGISTER',
  title: 'Accident missing from the Arbo employer\'s accident register',
  basis: { article: 'Arbowet 9(2)', kind: 'LAW', text: 'The Arbo employer keeps a register of reported accidents and accidents with more than three working days\' absence (nature and date).' },
  inForceFrom: () => ARBOWET_FROM,
  evaluate: (context) =>
    accidents(context.state)
      .filter((i) => i.victimRelation !== 'SELF_EMPLOYED' && i.authorityHolderPartyId !== null)
      .flatMap((incident) => {
        const since = registrableSince(context, incident);
        const employer = incident.authorityHolderPartyId as string;
        const known = knownToEmployerAt(context, incident, employer);
        if (!since || known === null) return [];
        const inRegister = accidentRegister([context.state], employer, { workerId: null }, (i) => knownToEmployerAt(context, i, employer) !== null).some(
          (e) => e.incidentId === incident.incidentId,
        );
        if (inRegister) return [];
        const at = isAfter(known, since.at) ? known : since.at;
        return [
          {
            partyIds: [employer],
            arisenAt: at,
            resolvedAt: null,
            evidenceEventIds: [incident.stamp.eventId, since.eventId],
            explanation: `${incidentLabel(incident)} (${incident.severity}, ${incident.absenceDays} days' absence) to ${victimName(context, incident)} is not in the register of ${context.name(employer)}, its Arbo employer.`,
          },
        ];
      }),
};
