import type { PartyId } from '../../shared/values';
import type { VictimRelation } from '../chain.events';
import type { LinkState } from '../chain.state';

/** How a worker on a link stands to the Arbowet, and which party is its Arbo employer (null: none). */
export type ArboStanding = {
  relation: VictimRelation;
  /** Bears the employer duties (Arbowet 1(1)(a), 1(2)(a)(1°)); null for a genuine zzp'er. */
  arboEmployerPartyId: PartyId | null;
};

/**
 * Who is the Arbo employer of a worker of `partyId` working on `link` (null: its own party, no link).
 * The party with the employment contract; for a lent worker the hirer, not the agency
 * (Arbowet 1(1)(a)(2°)); for a zzp'er under gezag the gezag holder (Arbowet 1(2)(a)(1°)), never a
 * zelfstandige. A genuine zzp'er has no Arbo employer: duties towards it rest on the engaging party.
 */
export function arboStandingOf(partyId: PartyId, link: LinkState | null): ArboStanding {
  if (link === null) return { relation: 'EMPLOYEE', arboEmployerPartyId: partyId };
  switch (link.kind) {
    case 'LENDING':
      return { relation: 'LENT_WORKER', arboEmployerPartyId: link.fromPartyId };
    case 'SELF_EMPLOYED':
      return link.underAuthority
        ? { relation: 'SELF_EMPLOYED_UNDER_AUTHORITY', arboEmployerPartyId: link.fromPartyId }
        : { relation: 'SELF_EMPLOYED', arboEmployerPartyId: null };
    case 'SUBCONTRACT':
    case 'SUPPLY':
      return { relation: 'EMPLOYEE', arboEmployerPartyId: partyId };
    default: {
      const unreachable: never = link.kind;
      return unreachable;
    }
  }
}

/** The party whose workers these are in a count of employers and zelfstandigen on site (Arbobesluit 2.29). */
export function siteRoleOf(link: LinkState): { employerPartyId: PartyId } | { selfEmployedPartyId: PartyId } {
  const { arboEmployerPartyId } = arboStandingOf(link.toPartyId, link);
  return arboEmployerPartyId === null ? { selfEmployedPartyId: link.toPartyId } : { employerPartyId: arboEmployerPartyId };
}
