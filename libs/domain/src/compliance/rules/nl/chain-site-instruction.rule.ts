import { reachableBelow } from '../../../chain/queries/chain-links';
import type { ComplianceRule, FindingDraft } from '../../finding';
import { instructionLabel, instructionTitle } from '../../rule-facts';
import { isAfter, ms } from '../../rule-time';
import { currentVersionAt, SITE_INSTRUCTION_TOPIC } from './instruction-facts';

/**
 * Where workers of several employers share a workplace, the party in charge of it informs the
 * others of its site rules (Arbowet 19). Modelled minimally: an instruction with the topic
 * SITE_INSTRUCTION is the site instruction of its issuer, the party in charge of the workplace; it
 * must reach every party below it (passed down to it, or acknowledged by it) before that party's
 * first work start in the chain. The duty rests on the party in charge, whoever sits between.
 */
export const siteInstructionRule: ComplianceRule = {
  id: 'CHAIN-SITE-INSTRUCTION',
  title: 'Site instruction of the party in charge of the workplace did not reach a visiting party before its first work',
  basis: {
    article: 'Arbowet 19 (cooperation)',
    kind: 'CERTIFICATION_OR_CONTRACT',
    text: 'Employers sharing a workplace cooperate; the party in charge of it passes its site instruction to each visiting party before that party first works there (our chain rule, after Arbowet 19).',
  },
  inForceFrom: () => '2026-01-01',
  evaluate: (context) => {
    const { state } = context;
    const drafts: FindingDraft[] = [];
    const siteInstructions = state.instructions.filter((i) => i.versions[i.versions.length - 1].topics.includes(SITE_INSTRUCTION_TOPIC));
    for (const instruction of siteInstructions) {
      const holder = instruction.issuerPartyId;
      const below = reachableBelow(state.links, holder);
      const firstStarts = new Map<string, { at: string; eventId: string }>();
      for (const w of state.duties.workStarts) {
        if (!below.has(w.partyId)) continue;
        const at = context.time(w.stamp);
        const seen = firstStarts.get(w.partyId);
        if (!seen || ms(at) < ms(seen.at)) firstStarts.set(w.partyId, { at, eventId: w.stamp.eventId });
      }
      for (const [visitor, first] of firstStarts) {
        const version = currentVersionAt(context, instruction, first.at);
        if (version === null) continue;
        const reached = [
          ...instruction.passDowns.filter((p) => p.retraction === null && p.toPartyId === visitor && p.version >= version).map((p) => p.stamp),
          ...instruction.acknowledgements.filter((a) => a.retraction === null && a.partyId === visitor && a.version >= version).map((a) => a.stamp),
        ]
          .map((stamp) => ({ stamp, at: context.time(stamp) }))
          .sort((a, b) => ms(a.at) - ms(b.at))[0];
        if (reached && !isAfter(reached.at, first.at)) continue;
        if (!reached && !isAfter(context.asOf, first.at)) continue;
        drafts.push({
          partyIds: [holder],
          arisenAt: first.at,
          resolvedAt: reached?.at ?? null,
          evidenceEventIds: [first.eventId, instruction.versions[version - 1].issued.eventId, ...(reached ? [reached.stamp.eventId] : [])],
          explanation: `The site instruction ${instructionLabel(instruction, version)} of ${context.name(holder)}, in charge of the workplace, had not reached ${context.name(visitor)} before its first work there at ${first.at}.`,
          message: {
            key: 'CHAIN-SITE-INSTRUCTION',
            params: { title: instructionTitle(instruction, version), version, holder: context.name(holder), visitor: context.name(visitor), at: { instant: first.at } },
          },
        });
      }
    }
    return drafts;
  },
};
