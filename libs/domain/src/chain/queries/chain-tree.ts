import type { PartyId } from '../../shared/values';
import type { ChainState, LinkState } from '../chain.state';
import { allLinks } from './chain-links';

export type ChainTreeNode = { partyId: PartyId; links: ChainTreeBranch[] };
export type ChainTreeBranch = { link: LinkState; node: ChainTreeNode };

export type ChainTreeOptions = {
  /** Root of the tree; defaults to the principal (a non-principal viewer renders from itself). */
  rootPartyId?: PartyId;
  /** Include ended links (default true). */
  includeEnded?: boolean;
};

/**
 * The chain as a tree of links nested by from-party, any depth. A party engaged by several parties
 * appears under each of them; a link that would lead back up the current path is not followed.
 */
export function chainTree(state: ChainState, options: ChainTreeOptions = {}): ChainTreeNode | null {
  if (state.status !== 'Opened') return null;
  const includeEnded = options.includeEnded ?? true;
  const links = allLinks(state).filter((link) => includeEnded || link.status === 'ACTIVE');
  const build = (partyId: PartyId, path: ReadonlySet<PartyId>): ChainTreeNode => {
    const onPath = new Set(path).add(partyId);
    const branches = links
      .filter((link) => link.fromPartyId === partyId && !onPath.has(link.toPartyId))
      .map((link) => ({ link, node: build(link.toPartyId, onPath) }));
    return { partyId, links: branches };
  };
  return build(options.rootPartyId ?? state.principalPartyId, new Set());
}
