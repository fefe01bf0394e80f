import { describeChannel } from '../../../chain/instructions/acknowledgement-channel';
import type { InstructionState } from '../../../chain/chain.state';
import { reachableBelow } from '../../../chain/queries/chain-links';
import type { ComplianceRule, FindingDraft, RuleContext } from '../../finding';
import { overlaps, pathBetween } from '../../rule-facts';
import { isAfter, ms } from '../../rule-time';

/** The latest version issued (under the clock) at `at`, or null when none was. */
function currentVersionAt(context: RuleContext, instruction: InstructionState, at: string): number | null {
  const issued = instruction.versions.filter((v) => !isAfter(context.time(v.issued), at));
  return issued.length ? issued[issued.length - 1].version : null;
}

/** Work starts with the instructions that cover them: topics overlap, issued at or above the working party. */
function coveredStarts(context: RuleContext) {
  const { state } = context;
  return state.duties.workStarts.flatMap((start) => {
    const at = context.time(start.stamp);
    return state.instructions
      .filter((i) => overlaps(i.versions[i.versions.length - 1].topics, start.topics))
      .filter((i) => i.issuerPartyId === start.partyId || reachableBelow(state.links, i.issuerPartyId).has(start.partyId))
      .map((instruction) => ({ start, at, instruction, version: currentVersionAt(context, instruction, at) }))
      .filter((x): x is typeof x & { version: number } => x.version !== null);
  });
}

export const instructionRule: ComplianceRule = {
  id: 'NL-ARBO-8-INSTRUCTION',
  title: 'Worker started before acknowledging the current instruction',
  basis: { article: 'Arbowet art. 8', kind: 'LAW', text: 'Workers receive information and instruction on the risks of their work, in a way they understand, before they start.' },
  inForceFrom: () => '1999-11-18',
  evaluate: (context) => {
    const seen = new Set<string>();
    return coveredStarts(context).flatMap(({ start, at, instruction, version }): FindingDraft[] => {
      const key = `${instruction.instructionId}/${version}/${start.workerId}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const link = context.state.links.find((l) => l.linkId === start.linkId);
      const partyMayAcknowledge = link?.toPartyKind === 'PERSON'; // a zzp'er acknowledges as itself
      const ack = instruction.acknowledgements
        .filter((a) => a.retraction === null && a.version === version && a.partyId === start.partyId)
        .filter((a) => a.workerId === start.workerId || (partyMayAcknowledge && a.workerId === null))
        .map((a) => ({ a, at: context.time(a.stamp) }))
        .sort((x, y) => ms(x.at) - ms(y.at))[0];
      if (ack && !isAfter(ack.at, at)) return [];
      if (!isAfter(context.asOf, at) && !ack) return [];
      const older = instruction.acknowledgements.filter((a) => a.partyId === start.partyId && a.version < version && a.retraction === null);
      const partyIds = link?.kind === 'LENDING' ? [link.fromPartyId, start.partyId] : [start.partyId];
      return [
        {
          partyIds,
          arisenAt: at,
          resolvedAt: ack?.at ?? null,
          evidenceEventIds: [start.stamp.eventId, instruction.versions[version - 1].issued.eventId, ...older.map((a) => a.stamp.eventId), ...(ack ? [ack.a.stamp.eventId] : [])],
          explanation:
            `Worker ${start.workerId} of ${start.partyId} started work at ${at} without acknowledging version ${version} of instruction ${instruction.instructionId}` +
            (older.length ? ` (only version ${Math.max(...older.map((a) => a.version))} was acknowledged).` : '.') +
            // a manager's entry for the worker is the employer's statement, not the worker's own act
            (ack ? ` Acknowledged later (${ack.a.channel}: ${describeChannel(ack.a.channel)}).` : ''),
        },
      ];
    });
  },
};

export const flowdownRule: ComplianceRule = {
  id: 'CHAIN-FLOWDOWN',
  title: 'Instruction not passed down before the lower link started work',
  basis: { article: 'Schakel chain responsibility', kind: 'CERTIFICATION_OR_CONTRACT', text: 'Each party that receives an instruction passes it to the links below it that the instruction covers, before their work starts (our rule, after verantwoord opdrachtgeverschap).' },
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
            explanation: `${link.fromPartyId} had not passed version ${version} of instruction ${instruction.instructionId} down to ${link.toPartyId} when work below started at ${at}.`,
          });
        }
        break; // below the first gap nobody could have passed it on
      }
    }
    return [...byKey.values()].filter((d) => isAfter(context.asOf, d.arisenAt) || d.resolvedAt !== null);
  },
};
