import type { PartyId } from '../../shared/values';
import type { LinkState, OpenedChain } from '../chain.state';

/**
 * The uitvoerende partij (Arbobesluit 2.29): the main contractor the principal engaged for the
 * works, by a SUBCONTRACT link from the principal. It appoints the execution-phase coordinator.
 */
export function uitvoerendePartijLinks(state: OpenedChain): LinkState[] {
  return state.links.filter((l) => l.fromPartyId === state.principalPartyId && l.kind === 'SUBCONTRACT');
}

export function isUitvoerendePartij(state: OpenedChain, partyId: PartyId): boolean {
  return uitvoerendePartijLinks(state).some((l) => l.status === 'ACTIVE' && l.toPartyId === partyId);
}
