import type { ComplianceRule } from '../../finding';
import { accidents, firstPartyNotice, incidentLabel, victimName } from '../../rule-facts';
import { addHours, deadlineDraft } from '../../rule-time';
import { directPolicyNote } from './reporting-facts';

/**
 * A party that recorded an accident to someone else's worker tells that worker's Arbo employer, who
 * must report and register it (Arbowet 9). The deadline is the direct-report policy, shown as such.
 */
export const informEmployerRule: ComplianceRule = {
  id: 'CHAIN-INFORM-EMPLOYER',
  title: 'Accident to another party\'s worker not passed to its Arbo employer',
  basis: {
    article: 'Schakel chain rule (for Arbowet 9(1), 9(2))',
    kind: 'CERTIFICATION_OR_CONTRACT',
    text: 'Whoever records an accident to a worker of another employer informs that worker\'s Arbo employer, so it can report and register it (our chain rule).',
  },
  inForceFrom: () => '2026-01-01',
  evaluate: (context) =>
    accidents(context.state)
      .filter((i) => i.victimRelation !== 'SELF_EMPLOYED' && i.authorityHolderPartyId !== null && i.authorityHolderPartyId !== i.reporterPartyId)
      .flatMap((incident) => {
        const employer = incident.authorityHolderPartyId as string;
        const recorder = incident.reporterPartyId;
        const recordedAt = context.time(incident.stamp);
        const due = addHours(recordedAt, context.policy.directReportHours);
        const notice = firstPartyNotice(context, incident, recorder, employer);
        return deadlineDraft(due, notice?.at ?? null, context.asOf, {
          partyIds: [recorder],
          evidenceEventIds: [incident.stamp.eventId, ...(notice ? [notice.stamp.eventId] : [])],
          explanation: `${context.name(recorder)} recorded ${incidentLabel(incident)} to ${victimName(context, incident)} and had not informed ${context.name(employer)}, the Arbo employer, by ${due}.`,
          policyNote: directPolicyNote(context),
        });
      }),
};
