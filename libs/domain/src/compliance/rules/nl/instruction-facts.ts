import type { InstructionState } from '../../../chain/chain.state';
import { reachableBelow } from '../../../chain/queries/chain-links';
import type { RuleContext } from '../../finding';
import { overlaps } from '../../rule-facts';
import { isAfter, ms } from '../../rule-time';

/** The topic that marks an instruction as the site instruction of the party in charge of the workplace. */
export const SITE_INSTRUCTION_TOPIC = 'SITE_INSTRUCTION';

/** The latest version issued (under the clock) at `at`, or null when none was. */
export function currentVersionAt(context: RuleContext, instruction: InstructionState, at: string): number | null {
  const issued = instruction.versions.filter((v) => !isAfter(context.time(v.issued), at));
  return issued.length ? issued[issued.length - 1].version : null;
}

/** Work starts with the instructions that cover them: topics overlap, issued at or above the working party. */
export function coveredStarts(context: RuleContext) {
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

/** The first acknowledgement (not retracted, in a language the signer reads) of a version by a party, optionally as one of its workers, under the clock. */
export function firstAcknowledgement(
  context: RuleContext,
  instruction: InstructionState,
  version: number,
  partyId: string,
  accepts: (workerId: string | null) => boolean,
) {
  return (
    instruction.acknowledgements
      // an acknowledgement in a language the worker does not read is on record but instructed nobody
      .filter((a) => a.retraction === null && a.understood && a.version === version && a.partyId === partyId && accepts(a.workerId))
      .map((a) => ({ a, at: context.time(a.stamp) }))
      .sort((x, y) => ms(x.at) - ms(y.at))[0] ?? null
  );
}
