import type { PartyId, WorkerId } from '../../shared/values';
import type { ChainState } from '../chain.state';
import { allLinks } from '../queries/chain-links';

/**
 * Whose acknowledgement it is: the worker the input names, else — for a WORKER's own sign-in —
 * the worker signing; a manager without a worker named acknowledges for its party. (A named worker
 * who is not the signing worker is the decider's to refuse.)
 */
export function acknowledgingWorkerId(named: WorkerId | null | undefined, caller: { role: string; workerId?: WorkerId | null }): WorkerId | null {
  if (named) return named;
  return caller.role === 'WORKER' ? (caller.workerId ?? null) : null;
}

/**
 * Where a party's acknowledging worker may be registered: with the party itself, else with an
 * agency that lends to it in this chain (a hirer records for the lent workers it directs; the
 * decider checks the link).
 */
export function employersOfWorkersDirectedBy(state: ChainState, partyId: PartyId): PartyId[] {
  const lenders = allLinks(state)
    .filter((link) => link.kind === 'LENDING' && link.fromPartyId === partyId)
    .map((link) => link.toPartyId);
  return [...new Set([partyId, ...lenders])];
}
