import type { OpenedChain } from '../chain/chain.state';
import { victimRelationOf } from '../chain/incidents/victim-relation';
import { activeLinksTo } from '../chain/queries/chain-links';
import type { InstructionState } from '../chain/chain.state';
import type { PartyId, ResolvedWorker } from '../shared/values';

/**
 * Who may hand a worker a personal link for an instruction: the worker's Arbo employer (its own
 * party, the hirer of a lent worker, the gezag holder of a zzp'er under gezag) and the party that
 * passed the instruction down to the worker's party.
 */
export function mayMakeLinkFor(state: OpenedChain, instruction: InstructionState, partyId: PartyId, worker: ResolvedWorker): boolean {
  const links = activeLinksTo(state, worker.partyId);
  const arboEmployers = links.length === 0
    ? [worker.partyId]
    : links.map((link) => victimRelationOf({ partyId: worker.partyId, workerId: worker.workerId, linkId: link.linkId }, link).authorityHolderPartyId);
  if (partyId === worker.partyId || arboEmployers.includes(partyId)) return true;
  return instruction.passDowns.some((p) => p.retraction === null && p.toPartyId === worker.partyId && p.fromPartyId === partyId);
}
