import { Invalid } from '../../shared/errors';
import { isNonEmptyText } from '../../shared/values';
import type { RetractEntry } from '../chain.commands';
import type { EntryRetracted } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyOf } from '../chain-guards';
import { retractableEntryTypes } from './correctable-entries';
import { requireOwnLiveEntry } from './entry-rules';

export function decideRetractEntry(command: RetractEntry, state: OpenedChain): EntryRetracted[] {
  const { targetEventId, reason } = command.data;
  if (!isNonEmptyText(reason)) throw new Invalid('ENTRY_REASON_REQUIRED');
  const actor = actingPartyOf(command.metadata);
  const entry = requireOwnLiveEntry(state, targetEventId, actor);
  if (!retractableEntryTypes.includes(entry.type)) throw new Invalid('ENTRY_NOT_RETRACTABLE', { targetType: entry.type });
  return [
    {
      type: 'EntryRetracted',
      data: { targetEventId, targetType: entry.type, reason: reason.trim(), retractedByPartyId: actor },
    },
  ];
}
