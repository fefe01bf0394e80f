import type { ChainOpened } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { ChainRecord } from '../chain-record';
import { stampOf } from '../chain-guards';
import { DutiesRecord } from '../duties/duties-record';
import { IndexedList } from '../indexed-list';

export function evolveChainOpened(event: ChainOpened): OpenedChain {
  return new ChainRecord(
    {
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
      duties: DutiesRecord.empty(),
    },
    { links: IndexedList.empty(), instructions: IndexedList.empty(), checks: IndexedList.empty(), incidents: IndexedList.empty() },
  );
}
