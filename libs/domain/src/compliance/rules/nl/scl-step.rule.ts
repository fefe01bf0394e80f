import type { ComplianceRule, FindingDraft } from '../../finding';
import { intervalDrafts } from '../../rule-time';
import { candidateTimes, certificatesAt, requirements, validOn } from './credential-facts';

export const ladderRule: ComplianceRule = {
  id: 'SCL-STEP',
  title: 'Safety Culture Ladder step below the contract minimum',
  basis: { article: 'Contract (Veiligheidsladder)', kind: 'CERTIFICATION_OR_CONTRACT', text: 'The engaged party holds a valid Safety Culture Ladder certificate of at least the step the contract requires.' },
  inForceFrom: () => '2012-01-01',
  evaluate: (context) =>
    requirements(context)
      .filter((r) => r.minimumLadderStep !== null)
      .flatMap((r): FindingDraft[] => {
        const link = context.state.links.find((l) => l.linkId === r.linkId);
        if (!link) return [];
        const holder = link.toPartyId;
        const min = r.minimumLadderStep as number;
        const violated = (at: string) =>
          !certificatesAt(context, holder, at).some(
            (c) => c.scheme === 'SAFETY_CULTURE_LADDER' && (c.ladderStep ?? 0) >= min && validOn(c, at.slice(0, 10)),
          );
        return intervalDrafts(candidateTimes(context, holder, context.time(r.stamp)), context.asOf, violated, (at) => ({
          partyIds: [holder],
          evidenceEventIds: [r.stamp.eventId, ...certificatesAt(context, holder, at).map((c) => c.stamp.eventId)],
          explanation: `${context.name(holder)} held no valid Safety Culture Ladder certificate of step ${min} or higher on ${at.slice(0, 10)}, as ${context.name(link.fromPartyId)} requires of it.`,
          message: { key: 'SCL-STEP', params: { holder: context.name(holder), step: min, on: { date: at.slice(0, 10) }, requiredBy: context.name(link.fromPartyId) } },
        }));
      }),
};
