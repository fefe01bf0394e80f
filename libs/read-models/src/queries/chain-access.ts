import { reachableBelow, subjectPartyIdsOf } from '@schakel/domain';
import type { ChainAccess, ChainView, LinkView } from './views';

type LinkEnds = Pick<LinkView, 'fromPartyId' | 'toPartyId'>;

const NO_ACCESS: ChainAccess = { chainExists: false, visible: false, isPrincipal: false, visiblePartyIds: [], subjectPartyIds: [] };

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
    return { chainExists: true, visible: true, isPrincipal: true, visiblePartyIds: everyone, subjectPartyIds: everyone };
  }
  if (!everyone.includes(viewerPartyId)) return { ...NO_ACCESS, chainExists: true };
  const visible = new Set<string>([viewerPartyId]);
  for (const link of links) if (link.toPartyId === viewerPartyId) visible.add(link.fromPartyId);
  for (const partyId of reachableBelow(links, viewerPartyId)) visible.add(partyId);
  const subjects = subjectPartyIdsOf(chain.principalPartyId, links, viewerPartyId);
  return {
    chainExists: true,
    visible: true,
    isPrincipal: false,
    visiblePartyIds: everyone.filter((partyId) => visible.has(partyId)),
    subjectPartyIds: everyone.filter((partyId) => subjects.has(partyId)),
  };
}
