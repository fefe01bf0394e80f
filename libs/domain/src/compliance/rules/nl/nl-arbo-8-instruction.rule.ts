import { describeChannel } from '../../../chain/instructions/acknowledgement-channel';
import { arboStandingOf } from '../../../chain/duties/arbo-employer';
import type { ComplianceRule, FindingDraft } from '../../finding';
import { instructionLabel, instructionTitle, linkById } from '../../rule-facts';
import { isAfter } from '../../rule-time';
import { coveredStarts, firstAcknowledgement } from './instruction-facts';

/**
 * A werknemer starts a task before its Arbo employer instructed it (Arbowet 8): the employing party,
 * the hirer for a lent worker (not the agency), the gezag holder for a zzp'er under gezag. The
 * evidence is the worker's acknowledgement of the version current at the start; a zzp'er under gezag
 * may acknowledge as its own party. A genuine zzp'er is no werknemer: see CHAIN-INFORM-ZZP.
 */
export const instructionRule: ComplianceRule = {
  id: 'NL-ARBO-8-INSTRUCTION',
  title: 'Worker started before the Arbo employer\'s instruction was acknowledged',
  basis: { article: 'Arbowet 8; 1(1)(a)(2°), 1(2)(a)(1°)', kind: 'LAW', text: 'The Arbo employer informs and instructs its werknemers on the risks of their work, in a way they understand, before they start.' },
  inForceFrom: () => '1999-11-18',
  evaluate: (context) => {
    const seen = new Set<string>();
    return coveredStarts(context).flatMap(({ start, at, instruction, version }): FindingDraft[] => {
      const link = linkById(context.state, start.linkId);
      const { arboEmployerPartyId: employer } = arboStandingOf(start.partyId, link);
      if (employer === null) return [];
      const key = `${instruction.instructionId}/${version}/${start.workerId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const selfUnderGezag = link?.kind === 'SELF_EMPLOYED';
      const ack = firstAcknowledgement(context, instruction, version, start.partyId, (w) => w === start.workerId || (selfUnderGezag && w === null));
      if (ack && !isAfter(ack.at, at)) return [];
      if (!isAfter(context.asOf, at) && !ack) return [];
      const older = instruction.acknowledgements.filter((a) => a.partyId === start.partyId && a.version < version && a.retraction === null);
      return [
        {
          partyIds: [employer],
          arisenAt: at,
          resolvedAt: ack?.at ?? null,
          evidenceEventIds: [start.stamp.eventId, instruction.versions[version - 1].issued.eventId, ...older.map((a) => a.stamp.eventId), ...(ack ? [ack.a.stamp.eventId] : [])],
          explanation:
            `${context.name(start.workerId)} started work at ${at} without acknowledging ${instructionLabel(instruction, version)}; ` +
            `${context.name(employer)} is the Arbo employer` +
            (older.length ? ` (only version ${Math.max(...older.map((a) => a.version))} was acknowledged).` : '.') +
            // a manager's entry for the worker is the employer's statement, not the worker's own act
            (ack ? ` Acknowledged later (${ack.a.channel}: ${describeChannel(ack.a.channel)}).` : ''),
          message: {
            key: 'NL-ARBO-8-INSTRUCTION',
            params: {
              worker: context.name(start.workerId),
              at: { instant: at },
              title: instructionTitle(instruction, version),
              version,
              employer: context.name(employer),
              olderVersion: older.length ? Math.max(...older.map((a) => a.version)) : null,
              laterChannel: ack ? ack.a.channel : null,
            },
          },
        },
      ];
    });
  },
};
