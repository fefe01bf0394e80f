import type { PartyId } from '../../shared/values';
import type { ChainState, LinkState } from '../chain.state';
import { allLinks, partiesEverInChain, reachableBelow } from './chain-links';

// Visibility follows every link the viewer held, ended ones included: what it once engaged,
// it may still see in the record.

/**
 * Parties a viewer may see: the principal sees every tier; any other party sees itself, the
 * parties that engaged it, and everything below its own links. A party never in the chain sees none.
 */
export function visiblePartyIds(state: ChainState, viewerPartyId: PartyId): PartyId[] {
  if (state.status !== 'Opened') return [];
  const everyone = partiesEverInChain(state);
  if (viewerPartyId === state.principalPartyId) return everyone;
  if (!everyone.includes(viewerPartyId)) return [];
  const links = allLinks(state);
  const visible = new Set<PartyId>([viewerPartyId]);
  for (const link of links) if (link.toPartyId === viewerPartyId) visible.add(link.fromPartyId);
  for (const partyId of reachableBelow(links, viewerPartyId)) visible.add(partyId);
  // keep the chain's own order (principal first, then by engagement)
  return everyone.filter((partyId) => visible.has(partyId));
}

/** Links a viewer may see: its own (both directions) and every link below its own. */
export function visibleLinks(state: ChainState, viewerPartyId: PartyId): LinkState[] {
  if (state.status !== 'Opened') return [];
  const links = allLinks(state);
  if (viewerPartyId === state.principalPartyId) return links;
  const below = reachableBelow(links, viewerPartyId);
  return links.filter(
    (link) => link.toPartyId === viewerPartyId || link.fromPartyId === viewerPartyId || below.has(link.fromPartyId),
  );
}

export function canSeeChain(state: ChainState, viewerPartyId: PartyId): boolean {
  return visiblePartyIds(state, viewerPartyId).length > 0;
}
