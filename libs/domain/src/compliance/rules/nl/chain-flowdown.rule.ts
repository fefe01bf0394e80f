import type { ComplianceRule, FindingDraft } from '../../finding';
import { instructionLabel, instructionTitle, pathBetween } from '../../rule-facts';
import { isAfter, ms } from '../../rule-time';
import { coveredStarts } from './instruction-facts';

export const flowdownRule: ComplianceRule = {
  id: 'CHAIN-FLOWDOWN',
  title: 'Instruction not passed down before the lower link started work',
  basis: { article: 'Schakel chain rule', kind: 'CERTIFICATION_OR_CONTRACT', text: 'Each party that receives an instruction passes it to the links below it that the instruction covers, before their work starts (our rule, after verantwoord opdrachtgeverschap).' },
  inForceFrom: () => '2026-01-01',
  evaluate: (context) => {
    const byKey = new Map<string, FindingDraft>();
    for (const { start, at, instruction, version } of coveredStarts(context)) {
      const path = pathBetween(context.state.links, instruction.issuerPartyId, start.partyId);
      if (!path) continue;
      for (const link of path) {
        const received = instruction.passDowns
          .filter((p) => p.retraction === null && p.toPartyId === link.toPartyId && p.version >= version)
          .map((p) => ({ p, at: context.time(p.stamp) }))
          .sort((x, y) => ms(x.at) - ms(y.at))[0];
        if (received && !isAfter(received.at, at)) continue;
        const key = `${instruction.instructionId}/${version}/${link.linkId}`;
        if (!byKey.has(key)) {
          byKey.set(key, {
            partyIds: [link.fromPartyId],
            arisenAt: at,
            resolvedAt: received?.at ?? null,
            evidenceEventIds: [start.stamp.eventId, instruction.versions[version - 1].issued.eventId, ...(received ? [received.p.stamp.eventId] : [])],
            explanation: `${context.name(link.fromPartyId)} had not passed ${instructionLabel(instruction, version)} down to ${context.name(link.toPartyId)} when work below started at ${at}.`,
            message: {
              key: 'CHAIN-FLOWDOWN',
              params: { from: context.name(link.fromPartyId), to: context.name(link.toPartyId), title: instructionTitle(instruction, version), version, at: { instant: at } },
            },
          });
        }
        break; // below the first gap nobody could have passed it on
      }
    }
    return [...byKey.values()].filter((d) => isAfter(context.asOf, d.arisenAt) || d.resolvedAt !== null);
  },
};
