import type { ChainState } from '../chain/chain.state';
import type { ChainGrantors } from './access.commands';

/**
 * Who may grant an inspector access to a chain: its principal, and the Arbo employer of the victim
 * of each accident in it (the employing party; the hirer of a lent worker; the gezag holder of a
 * zzp'er under gezag). A zzp'er on its own account has no Arbo employer, so an accident it reports
 * about itself gives nobody standing.
 */
export function chainGrantorsOf(state: ChainState): ChainGrantors {
  if (state.status !== 'Opened') return { principalPartyId: null, authorityHolderPartyIds: [] };
  const principal = state.principalPartyId;
  const holders = state.incidents
    .filter((i) => i.kind === 'ACCIDENT' && i.retraction === null && i.victimRelation !== 'SELF_EMPLOYED' && i.authorityHolderPartyId !== null)
    // entries from before a victim had to stand on a link defaulted to "own party": no standing
    .filter((i) => i.victim !== null && (i.victim.linkId !== null || i.victim.partyId === principal))
    .map((i) => i.authorityHolderPartyId as string);
  return { principalPartyId: principal, authorityHolderPartyIds: [...new Set(holders)] };
}
