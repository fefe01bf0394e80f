import { Conflict, Invalid, RuleViolated } from '../../shared/errors';
import type { PartyId, PartyKind } from '../../shared/values';
import type { LinkKind } from '../chain.events';
import type { LinkState, OpenedChain } from '../chain.state';
import { activeLinks, activeLinksFrom, activeLinksTo, isUpstream } from '../queries/chain-links';

/** Engaging yourself, or any party above you through active links, would close a loop. */
export function LinkCannotCreateCycle(state: OpenedChain, fromPartyId: PartyId, toPartyId: PartyId): void {
  if (fromPartyId === toPartyId || isUpstream(state, toPartyId, fromPartyId)) {
    throw new RuleViolated('CHAIN_LINK_CYCLE', { fromPartyId, toPartyId }, 'LinkCannotCreateCycle');
  }
}

/** One active link per from/to pair; end it before engaging again. */
export function LinkMustBeUnique(state: OpenedChain, fromPartyId: PartyId, toPartyId: PartyId): void {
  const existing = activeLinks(state).find((link) => link.fromPartyId === fromPartyId && link.toPartyId === toPartyId);
  if (existing) {
    throw new Conflict('CHAIN_LINK_DUPLICATE', { fromPartyId, toPartyId, linkId: existing.linkId }, 'LinkMustBeUnique');
  }
}

/**
 * Gezag is a question only for a zzp'er (SELF_EMPLOYED); a hirer always directs lent workers
 * (LENDING); subcontractors and suppliers direct their own people. Returns the flag to store.
 */
export function AuthorityAppliesToKind(kind: LinkKind, underAuthority: boolean): boolean {
  switch (kind) {
    case 'SELF_EMPLOYED':
      return underAuthority;
    case 'LENDING':
      return true;
    case 'SUBCONTRACT':
    case 'SUPPLY':
      if (underAuthority) throw new Invalid('LINK_AUTHORITY_NOT_APPLICABLE', { kind }, 'AuthorityAppliesToKind');
      return false;
    default: {
      const unreachable: never = kind;
      throw new Invalid('INPUT_VALUE_INVALID', { field: 'kind', value: String(unreachable) });
    }
  }
}

/** A zzp'er is a person working without staff. */
export function SelfEmployedMustBePerson(kind: LinkKind, partyId: PartyId, partyKind: PartyKind): void {
  if (kind === 'SELF_EMPLOYED' && partyKind !== 'PERSON') {
    throw new RuleViolated('LINK_SELF_EMPLOYED_NOT_PERSON', { partyId }, 'SelfEmployedMustBePerson');
  }
}

/** End links bottom-up: a party that holds active links below may not drop out of the chain. */
export function LinkMustEndBottomUp(state: OpenedChain, link: LinkState): void {
  const holdsLinksBelow = activeLinksFrom(state, link.toPartyId).length > 0;
  const otherwiseInChain = activeLinksTo(state, link.toPartyId).some((other) => other.linkId !== link.linkId);
  if (holdsLinksBelow && !otherwiseInChain) {
    throw new RuleViolated('LINK_HAS_ACTIVE_SUBLINKS', { linkId: link.linkId, partyId: link.toPartyId }, 'LinkMustEndBottomUp');
  }
}
