import type { ComplianceRule } from '../../finding';

export const gezagSignalRule: ComplianceRule = {
  id: 'NL-GEZAG-SIGNAL',
  title: 'zzp\'er under direct instruction or supervision (a sign of gezag)',
  basis: { article: 'Arbowet art. 1(2)', kind: 'LAW', text: 'Whoever works under another\'s gezag counts as an employee for the Arbowet; the employer duties then apply.' },
  inForceFrom: () => '1999-11-18',
  evaluate: (context) =>
    context.state.duties.supervisions.flatMap((s) => {
      const link = context.state.links.find((l) => l.linkId === s.linkId);
      // already treated as under gezag: the employer duties are applied, nothing to signal
      if (!link || link.underAuthority) return [];
      return [
        {
          partyIds: [s.supervisorPartyId, s.selfEmployedPartyId],
          arisenAt: context.time(s.stamp),
          resolvedAt: null,
          evidenceEventIds: [link.engaged.eventId, s.stamp.eventId],
          explanation: `${s.supervisorPartyId} directs or supervises zzp'er ${s.selfEmployedPartyId} directly ("${s.description}") on a link without gezag: Arbo employer duties may apply.`,
        },
      ];
    }),
};
