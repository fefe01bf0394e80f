import type { PartyId } from '../../shared/values';
import type { LinkEnds } from './chain-links';

/** One row of the chain tree, depth first: a party, and the link it hangs from (none for a root). */
export type ChainTreeRow<L extends LinkEnds> = { depth: number; partyId: PartyId; via: L | null };

/**
 * The chain as a tree of the links a viewer sees (see `linksSeenBy`), depth first in engagement
 * order. The principal's tree starts at itself; any other party's at the parties that engaged it.
 * A party engaged by several parties appears under each of them; a link that would lead back up
 * the current path is not followed, so a cycle formed with ended links cannot loop.
 */
export function chainTreeRows<L extends LinkEnds>(
  seenLinks: readonly L[],
  viewer: { partyId: PartyId; isPrincipal: boolean; principalPartyId: PartyId },
): ChainTreeRow<L>[] {
  const rows: ChainTreeRow<L>[] = [];
  const visit = (partyId: PartyId, depth: number, via: L | null, path: ReadonlySet<PartyId>): void => {
    rows.push({ depth, partyId, via });
    for (const link of seenLinks) {
      if (link.fromPartyId === partyId && !path.has(link.toPartyId)) visit(link.toPartyId, depth + 1, link, new Set(path).add(link.toPartyId));
    }
  };
  const roots = viewer.isPrincipal
    ? [viewer.principalPartyId]
    : [...new Set(seenLinks.filter((link) => link.toPartyId === viewer.partyId).map((link) => link.fromPartyId))];
  for (const root of roots) visit(root, 0, null, new Set([root]));
  return rows;
}
