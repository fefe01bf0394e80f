import type { ChainAccess, ChainView, LinkView } from './views';

type LinkEnds = Pick<LinkView, 'fromPartyId' | 'toPartyId'>;

const NO_ACCESS: ChainAccess = { chainExists: false, visible: false, isPrincipal: false, visiblePartyIds: [] };

/**
 * The principal sees every tier; any other party sees both ends of its own links and everything
 * below them, through links active or ended (what it once engaged stays in its record); a party
 * never in the chain sees nothing. `links` in engagement order.
 */
export function chainAccess(
  chain: Pick<ChainView, 'principalPartyId'> | null,
  links: readonly LinkEnds[],
  viewerPartyId: string,
): ChainAccess {
  if (!chain) return NO_ACCESS;
  const everyone = [...new Set([chain.principalPartyId, ...links.map((link) => link.toPartyId)])];
  if (viewerPartyId === chain.principalPartyId) {
    return { chainExists: true, visible: true, isPrincipal: true, visiblePartyIds: everyone };
  }
  if (!everyone.includes(viewerPartyId)) return { ...NO_ACCESS, chainExists: true };
  const visible = new Set<string>([viewerPartyId]);
  for (const link of links) if (link.toPartyId === viewerPartyId) visible.add(link.fromPartyId);
  for (const partyId of reachableBelow(links, viewerPartyId)) visible.add(partyId);
  return {
    chainExists: true,
    visible: true,
    isPrincipal: false,
    visiblePartyIds: everyone.filter((partyId) => visible.has(partyId)),
  };
}

function reachableBelow(links: readonly LinkEnds[], partyId: string): Set<string> {
  const below = new Set<string>();
  const queue = [partyId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const link of links) {
      if (link.fromPartyId === current && !below.has(link.toPartyId)) {
        below.add(link.toPartyId);
        queue.push(link.toPartyId);
      }
    }
  }
  below.delete(partyId);
  return below;
}
