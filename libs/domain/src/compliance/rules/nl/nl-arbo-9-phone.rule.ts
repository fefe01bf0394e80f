import type { ComplianceRule } from '../../finding';
import { firstNlaReport, incidentLabel } from '../../rule-facts';
import { addHours, deadlineDraft } from '../../rule-time';
import { directPolicyNote, reportable } from './reporting-facts';

export const phoneRule: ComplianceRule = {
  id: 'NL-ARBO-9-PHONE',
  title: 'Fatal accident not reported by phone',
  basis: { article: 'Arbobesluit 2.1(2)', kind: 'LAW', text: 'The Arbo employer reports a fatal accident to the NLA by phone.' },
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
          explanation: `Fatal ${incidentLabel(incident).replace(/^the /, '')}: ${context.name(holder)}, the Arbo employer, had not reported it to the NLA by phone by ${due}.`,
          policyNote: directPolicyNote(context),
        });
      }),
};
