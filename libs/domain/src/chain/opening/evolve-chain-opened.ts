import type { ChainOpened } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { stampOf } from '../chain-guards';
import { initialDutiesState } from '../duties/duty.state';

export function evolveChainOpened(event: ChainOpened): OpenedChain {
  return {
    status: 'Opened',
    chainId: event.data.chainId,
    name: event.data.name,
    description: event.data.description,
    siteAddress: event.data.siteAddress,
    principalPartyId: event.data.principalPartyId,
    // entries recorded before chains had a sector were all building sites
    sector: event.data.sector ?? 'CONSTRUCTION',
    opened: stampOf(event),
    corrections: [],
    links: [],
    instructions: [],
    checks: [],
    incidents: [],
    duties: initialDutiesState(),
  };
}
