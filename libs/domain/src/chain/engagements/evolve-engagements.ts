import type { EngagementEnded, PartyEngaged } from '../chain.events';
import type { LinkState, OpenedChain } from '../chain.state';
import { linkOf, withLink } from '../chain-collections';
import { stampOf } from '../chain-guards';

export function evolvePartyEngaged(state: OpenedChain, event: PartyEngaged): OpenedChain {
  const link: LinkState = {
    ...event.data,
    status: 'ACTIVE',
    endDate: null,
    endReason: null,
    endedByPartyId: null,
    engaged: stampOf(event),
    ended: null,
    corrections: [],
  };
  return withLink(state, link);
}

export function evolveEngagementEnded(state: OpenedChain, event: EngagementEnded): OpenedChain {
  const link = linkOf(state, event.data.linkId);
  if (!link) return state;
  return withLink(state, {
    ...link,
    status: 'ENDED',
    endDate: event.data.endDate,
    endReason: event.data.reason,
    endedByPartyId: event.data.endedByPartyId,
    ended: stampOf(event),
  });
}
