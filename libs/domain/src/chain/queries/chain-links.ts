import type { PartyId } from '../../shared/values';
import type { ChainState, LinkState } from '../chain.state';

export function allLinks(state: ChainState): readonly LinkState[] {
  return state.status === 'Opened' ? state.links : [];
}

export function activeLinks(state: ChainState): LinkState[] {
  return allLinks(state).filter((link) => link.status === 'ACTIVE');
}

/** Parties in the chain now: the principal and every target of an active link, principal first. */
export function partiesInChain(state: ChainState): PartyId[] {
  if (state.status !== 'Opened') return [];
  const parties = new Set<PartyId>([state.principalPartyId]);
  for (const link of activeLinks(state)) parties.add(link.toPartyId);
  return [...parties];
}

/** Every party that was ever in the chain, including those whose links have ended. */
export function partiesEverInChain(state: ChainState): PartyId[] {
  if (state.status !== 'Opened') return [];
  const parties = new Set<PartyId>([state.principalPartyId]);
  for (const link of allLinks(state)) parties.add(link.toPartyId);
  return [...parties];
}

export function isInChain(state: ChainState, partyId: PartyId): boolean {
  if (state.status !== 'Opened') return false;
  return partyId === state.principalPartyId || activeLinks(state).some((link) => link.toPartyId === partyId);
}

/** The two ends of a link: enough to walk the chain (state links and read-model rows alike). */
export type LinkEnds = Pick<LinkState, 'fromPartyId' | 'toPartyId'>;

/** Parties reachable downwards from `partyId` through the given links (not including itself). */
export function reachableBelow(links: readonly LinkEnds[], partyId: PartyId): Set<PartyId> {
  const children = new Map<PartyId, PartyId[]>();
  for (const link of links) {
    const list = children.get(link.fromPartyId);
    if (list) list.push(link.toPartyId);
    else children.set(link.fromPartyId, [link.toPartyId]);
  }
  const below = new Set<PartyId>();
  const stack = [partyId];
  while (stack.length > 0) {
    for (const child of children.get(stack.pop() as PartyId) ?? []) {
      if (!below.has(child)) {
        below.add(child);
        stack.push(child);
      }
    }
  }
  below.delete(partyId);
  return below;
}

/** True when `upper` reaches `lower` downwards through active links (a party is not upstream of itself). */
export function isUpstream(state: ChainState, upper: PartyId, lower: PartyId): boolean {
  if (upper === lower) return false;
  return reachableBelow(activeLinks(state), upper).has(lower);
}

/** Active links the party holds as from-party. */
export function activeLinksFrom(state: ChainState, partyId: PartyId): LinkState[] {
  return activeLinks(state).filter((link) => link.fromPartyId === partyId);
}

/** Active links that engage the party. */
export function activeLinksTo(state: ChainState, partyId: PartyId): LinkState[] {
  return activeLinks(state).filter((link) => link.toPartyId === partyId);
}
