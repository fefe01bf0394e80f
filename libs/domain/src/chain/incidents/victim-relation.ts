import type { PartyId } from '../../shared/values';
import type { IncidentVictim, VictimRelation } from '../chain.events';
import type { LinkState } from '../chain.state';

/**
 * How the victim stands to the work, from the link that engaged its party: a lent worker or a zzp'er
 * under gezag is under the authority of the party that engaged them (the hirer), who must report;
 * anyone else is the responsibility of its own party.
 */
export function victimRelationOf(
  victim: IncidentVictim | null,
  link: LinkState | null,
): { victimRelation: VictimRelation | null; authorityHolderPartyId: PartyId | null } {
  if (victim === null) return { victimRelation: null, authorityHolderPartyId: null };
  if (link === null) return { victimRelation: 'EMPLOYEE', authorityHolderPartyId: victim.partyId };
  switch (link.kind) {
    case 'LENDING':
      return { victimRelation: 'LENT_WORKER', authorityHolderPartyId: link.fromPartyId };
    case 'SELF_EMPLOYED':
      return link.underAuthority
        ? { victimRelation: 'SELF_EMPLOYED_UNDER_AUTHORITY', authorityHolderPartyId: link.fromPartyId }
        : { victimRelation: 'SELF_EMPLOYED', authorityHolderPartyId: victim.partyId };
    case 'SUBCONTRACT':
    case 'SUPPLY':
      return { victimRelation: 'EMPLOYEE', authorityHolderPartyId: victim.partyId };
    default: {
      const unreachable: never = link.kind;
      return unreachable;
    }
  }
}
