import { chainSight } from '@schakel/domain';
import type { LinkView } from '../links/link.views';
import type { ChainAccess, ChainView } from './chain.views';

type LinkEnds = Pick<LinkView, 'fromPartyId' | 'toPartyId'>;

/** The domain's `chainSight` on the chain's rows (links in engagement order), or none for no chain. */
export function chainAccess(
  chain: Pick<ChainView, 'principalPartyId'> | null,
  links: readonly LinkEnds[],
  viewerPartyId: string,
): ChainAccess {
  if (!chain) return { chainExists: false, visible: false, isPrincipal: false, visiblePartyIds: [], subjectPartyIds: [] };
  return { chainExists: true, ...chainSight(chain.principalPartyId, links, viewerPartyId) };
}
