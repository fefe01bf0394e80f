import type { ComplianceRule, FindingDraft } from '../../finding';
import { addYears, isAfter, ms } from '../../rule-time';

/** A work start with this topic is supervising work: VOL-VCA is required. */
const SUPERVISION_TOPIC = 'SUPERVISION';

/** A diploma counts for 10 years: exactly 10 years old to the day still counts, a day later it does not. */
function diplomaValidOn(issuedOn: string, date: string): boolean {
  return issuedOn <= date && date <= addYears(issuedOn, 10);
}

export const diplomaRule: ComplianceRule = {
  id: 'NL-VCA-DIPLOMA',
  title: 'Worker without a VCA diploma younger than 10 years',
  basis: { article: 'VCA scheme (B-VCA, VOL-VCA, VIL-VCU: 10 years)', kind: 'CERTIFICATION_OR_CONTRACT', text: 'Where the contract requires it, each worker holds a VCA diploma no older than 10 years when starting work; a supervisor (a work start with the topic SUPERVISION) holds VOL-VCA.' },
  inForceFrom: () => '1994-01-01',
  evaluate: (context) => {
    const seen = new Set<string>();
    return context.state.duties.workStarts.flatMap((start): FindingDraft[] => {
      const at = context.time(start.stamp);
      const requirement = context.state.duties.requirements.filter((r) => r.linkId === start.linkId && !isAfter(context.time(r.stamp), at)).pop();
      if (!requirement?.workerDiplomaRequired) return [];
      const key = `${start.linkId}/${start.workerId}`;
      if (seen.has(key)) return [];
      const date = at.slice(0, 10);
      // a supervisor needs VOL-VCA; B-VCA does not count for supervising work
      const supervises = start.topics.includes(SUPERVISION_TOPIC);
      const diplomas = context.diplomas
        .filter((d) => d.partyId === start.partyId && d.workerId === start.workerId && diplomaValidOn(d.issuedOn, date))
        .filter((d) => !supervises || d.diploma === 'VOL_VCA')
        .map((d) => ({ d, at: context.time(d.stamp) }))
        .sort((a, b) => ms(a.at) - ms(b.at));
      const valid = diplomas[0];
      if (valid && !isAfter(valid.at, at)) return [];
      seen.add(key);
      return [
        {
          partyIds: [start.partyId],
          arisenAt: at,
          resolvedAt: valid?.at ?? null,
          evidenceEventIds: [requirement.stamp.eventId, start.stamp.eventId, ...(valid ? [valid.d.stamp.eventId] : [])],
          explanation: `${context.name(start.workerId)} of ${context.name(start.partyId)} started ${supervises ? 'supervising ' : ''}on ${date} without a ${supervises ? 'VOL-VCA' : 'VCA'} diploma issued within the last 10 years.`,
          message: {
            key: supervises ? 'NL-VCA-DIPLOMA.SUPERVISION' : 'NL-VCA-DIPLOMA',
            params: { worker: context.name(start.workerId), party: context.name(start.partyId), on: { date } },
          },
        },
      ];
    });
  },
};
