import { Conflict, Invalid, NotAllowed, NotFound } from '../../shared/errors';
import { isNonEmptyText, requireOneOf } from '../../shared/values';
import type { OpenChain } from '../chain.commands';
import { chainSectors, type ChainOpened } from '../chain.events';
import type { ChainState } from '../chain.state';
import { actingPartyOf } from '../chain-guards';

export function decideOpenChain(command: OpenChain, state: ChainState): ChainOpened[] {
  const { chainId, name, description, siteAddress, principalPartyId, principal, sector } = command.data;
  if (!isNonEmptyText(name)) throw new Invalid('CHAIN_NAME_REQUIRED');
  if (state.status === 'Opened') throw new Conflict('CHAIN_ALREADY_OPENED', { chainId });
  const actor = actingPartyOf(command.metadata);
  if (actor !== principalPartyId) throw new NotAllowed('CHAIN_PRINCIPAL_NOT_OWN', { principalPartyId });
  if (principal === null || principal.partyId !== principalPartyId) {
    throw new NotFound('PARTY_NOT_FOUND', { partyId: principalPartyId });
  }
  return [
    {
      type: 'ChainOpened',
      data: {
        chainId,
        name: name.trim(),
        description: typeof description === 'string' ? description.trim() : '',
        siteAddress: isNonEmptyText(siteAddress) ? siteAddress.trim() : null,
        principalPartyId,
        sector: sector === undefined || sector === null ? 'CONSTRUCTION' : requireOneOf(sector, chainSectors, 'sector'),
      },
    },
  ];
}
