import type { ComplianceRule, FindingDraft, RuleContext } from '../../finding';
import { accidents, firstNlaReport, incidentLabel } from '../../rule-facts';
import { earliest, isAfter, ms } from '../../rule-time';

/**
 * When the gezag question of a zzp'er's link was settled, after `after`: a later link engaging the
 * same zzp'er under gezag, or a recorded GEZAG_ASSESSMENT check on it by a party above it.
 */
function settledAt(context: RuleContext, selfEmployedPartyId: string, after: string): { at: string; eventId: string } | null {
  const { state } = context;
  const candidates = [
    ...state.links
      .filter((l) => l.toPartyId === selfEmployedPartyId && l.kind === 'SELF_EMPLOYED' && l.underAuthority)
      .map((l) => ({ at: context.time(l.engaged), eventId: l.engaged.eventId })),
    ...state.checks
      .filter((c) => c.retraction === null && c.subject === 'GEZAG_ASSESSMENT' && c.subjectPartyId === selfEmployedPartyId)
      .map((c) => ({ at: context.time(c.stamp), eventId: c.stamp.eventId })),
  ].filter((c) => !isAfter(after, c.at));
  return candidates.sort((a, b) => ms(a.at) - ms(b.at))[0] ?? null;
}

/**
 * A zzp'er on a link without gezag who is directed or supervised directly: a sign that it works
 * under gezag and so counts as a werknemer (Arbowet 1(2)(a)(1°)). Open until the gezag is settled;
 * an accident to that zzp'er while it is open asks the engaging party to decide whether to report it.
 */
export const gezagSignalRule: ComplianceRule = {
  id: 'NL-GEZAG-SIGNAL',
  title: 'zzp\'er under direct instruction or supervision (a sign of gezag)',
  basis: { article: 'Arbowet 1(2)(a)(1°)', kind: 'LAW', text: 'Whoever has someone work under its gezag without an employment contract is that person\'s employer for the Arbowet; the employer duties then apply.' },
  inForceFrom: () => '1999-11-18',
  evaluate: (context) =>
    context.state.duties.supervisions.flatMap((s): FindingDraft[] => {
      const link = context.state.links.find((l) => l.linkId === s.linkId);
      // already treated as under gezag: the employer duties are applied, nothing to signal
      if (!link || link.underAuthority) return [];
      const engaging = link.fromPartyId;
      const signalledAt = context.time(s.stamp);
      const settled = settledAt(context, s.selfEmployedPartyId, signalledAt);
      const zzp = context.name(s.selfEmployedPartyId);
      const drafts: FindingDraft[] = [
        {
          partyIds: [engaging],
          arisenAt: signalledAt,
          resolvedAt: settled?.at ?? null,
          evidenceEventIds: [link.engaged.eventId, s.stamp.eventId, ...(settled ? [settled.eventId] : [])],
          explanation: `${context.name(s.supervisorPartyId)} directs or supervises zzp'er ${zzp} directly ("${s.description}") on a link without gezag from ${context.name(engaging)}: Arbo employer duties may apply until the gezag is settled.`,
        },
      ];
      // an accident to the zzp'er while the question is open: must it be reported to the NLA?
      for (const incident of accidents(context.state).filter((i) => i.victim?.partyId === s.selfEmployedPartyId && i.victimRelation === 'SELF_EMPLOYED')) {
        const recordedAt = context.time(incident.stamp);
        if (isAfter(signalledAt, recordedAt) || (settled && !isAfter(settled.at, recordedAt))) continue;
        const report = firstNlaReport(context, incident, engaging);
        const resolvedAt = earliest([settled?.at, report?.at]);
        drafts.push({
          partyIds: [engaging],
          arisenAt: recordedAt,
          resolvedAt,
          evidenceEventIds: [s.stamp.eventId, incident.stamp.eventId, ...(report ? [report.stamp.eventId] : [])],
          explanation: `${incidentLabel(incident)} happened to zzp'er ${zzp} while the sign of gezag is open: ${context.name(engaging)} must decide whether it is the Arbo employer and must report it to the NLA (Arbowet 9(1)).`,
        });
      }
      return drafts;
    }),
};
