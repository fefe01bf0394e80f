import { Conflict, Invalid, NotAllowed, NotFound } from '../../shared/errors';
import { requireIsoDate } from '../../shared/time';
import { isNonEmptyText } from '../../shared/values';
import type { EndEngagement } from '../chain.commands';
import type { EngagementEnded } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyOf } from '../chain-guards';
import { linkOf } from '../chain-collections';
import { LinkMustEndBottomUp } from './link-rules';

export function decideEndEngagement(command: EndEngagement, state: OpenedChain): EngagementEnded[] {
  const { linkId, reason } = command.data;
  const endDate = requireIsoDate(command.data.endDate, 'endDate');
  if (!isNonEmptyText(reason)) throw new Invalid('LINK_END_REASON_REQUIRED');
  const actor = actingPartyOf(command.metadata);
  const link = linkOf(state, linkId);
  if (!link) throw new NotFound('LINK_NOT_FOUND', { linkId });
  if (actor !== link.fromPartyId && actor !== state.principalPartyId) {
    throw new NotAllowed('LINK_NOT_HELD', { partyId: actor, linkId });
  }
  if (link.status === 'ENDED') throw new Conflict('LINK_ALREADY_ENDED', { linkId });
  if (endDate < link.startDate) {
    throw new Invalid('LINK_END_BEFORE_START', { linkId, endDate, startDate: link.startDate });
  }
  LinkMustEndBottomUp(state, link);
  return [{ type: 'EngagementEnded', data: { linkId, endDate, reason: reason.trim(), endedByPartyId: actor } }];
}
