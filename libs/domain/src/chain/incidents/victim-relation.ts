import type { PartyId } from '../../shared/values';
import type { IncidentVictim, VictimRelation } from '../chain.events';
import type { LinkState } from '../chain.state';
import { arboStandingOf } from '../duties/arbo-employer';

/**
 * How the victim stands to the work, from the link that engaged its party, and who holds gezag over
 * it (its Arbo employer, see arboStandingOf). A genuine zzp'er is its own holder: it reports nothing
 * under Arbowet 9, and the rules skip it by its relation.
 */
export function victimRelationOf(
  victim: IncidentVictim | null,
  link: LinkState | null,
): { victimRelation: VictimRelation | null; authorityHolderPartyId: PartyId | null } {
  if (victim === null) return { victimRelation: null, authorityHolderPartyId: null };
  const standing = arboStandingOf(victim.partyId, link);
  return { victimRelation: standing.relation, authorityHolderPartyId: standing.arboEmployerPartyId ?? victim.partyId };
}
