import { arboStandingOf } from '../../../chain/duties/arbo-employer';
import type { ComplianceRule, FindingDraft } from '../../finding';
import { instructionLabel, instructionTitle, linkById } from '../../rule-facts';
import { isAfter } from '../../rule-time';
import { coveredStarts, firstAcknowledgement } from './instruction-facts';

/**
 * A genuine zzp'er (no gezag) starts work before the party that engaged it passed on the rules and
 * risks of that workplace: the zzp'er's own acknowledgement of the version current at the start is
 * the evidence. The duty rests on the engaging party, never on the zzp'er.
 */
export const informZzpRule: ComplianceRule = {
  id: 'CHAIN-INFORM-ZZP',
  title: 'zzp\'er started before the engaging party passed on the workplace\'s rules and risks',
  basis: {
    article: 'Arbowet 19 (cooperation); seed letter on zzp\'ers',
    kind: 'CERTIFICATION_OR_CONTRACT',
    text: 'The party that engages a zelfstandige passes on the rules and risks of the workplace before the work starts (our chain rule, after Arbowet 19 cooperation).',
  },
  inForceFrom: () => '2026-01-01',
  evaluate: (context) => {
    const seen = new Set<string>();
    return coveredStarts(context).flatMap(({ start, at, instruction, version }): FindingDraft[] => {
      const link = linkById(context.state, start.linkId);
      if (!link || arboStandingOf(start.partyId, link).relation !== 'SELF_EMPLOYED') return [];
      const key = `${instruction.instructionId}/${version}/${start.partyId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const ack = firstAcknowledgement(context, instruction, version, start.partyId, () => true);
      if (ack && !isAfter(ack.at, at)) return [];
      if (!isAfter(context.asOf, at) && !ack) return [];
      const older = instruction.acknowledgements.filter((a) => a.partyId === start.partyId && a.version < version && a.retraction === null);
      return [
        {
          partyIds: [link.fromPartyId],
          arisenAt: at,
          resolvedAt: ack?.at ?? null,
          evidenceEventIds: [start.stamp.eventId, instruction.versions[version - 1].issued.eventId, ...older.map((a) => a.stamp.eventId), ...(ack ? [ack.a.stamp.eventId] : [])],
          explanation:
            `zzp'er ${context.name(start.partyId)} started work at ${at} without having taken note of ${instructionLabel(instruction, version)}; ` +
            `${context.name(link.fromPartyId)}, which engaged it, had not passed it on` +
            (older.length ? ` (only version ${Math.max(...older.map((a) => a.version))} was acknowledged).` : '.'),
          message: {
            key: 'CHAIN-INFORM-ZZP',
            params: {
              zzp: context.name(start.partyId),
              at: { instant: at },
              title: instructionTitle(instruction, version),
              version,
              engagedBy: context.name(link.fromPartyId),
              olderVersion: older.length ? Math.max(...older.map((a) => a.version)) : null,
            },
          },
        },
      ];
    });
  },
};
