import { NotAllowed, NotFound } from '../shared/errors';
import type { CommandMetadata, EventMeta } from '../shared/messages';
import type { ChainId, PartyId } from '../shared/values';
import type { ChainState, EntryStamp, OpenedChain } from './chain.state';
import { isInChain } from './queries/chain-links';

/** Every command but OpenChain needs an opened chain. */
export function requireOpened(state: ChainState, chainId: ChainId): OpenedChain {
  if (state.status !== 'Opened') throw new NotFound('CHAIN_NOT_FOUND', { chainId });
  return state;
}

/** The party the caller acts for; a caller acts only for its own party. */
export function actingPartyOf(metadata: CommandMetadata): PartyId {
  const partyId = metadata.actor.partyId;
  if (partyId === null || partyId === '') throw new NotAllowed('ACTOR_PARTY_REQUIRED');
  return partyId;
}

/** The principal, or the target of an active link. */
export function PartyMustBeInChain(state: OpenedChain, partyId: PartyId): void {
  if (!isInChain(state, partyId)) throw new NotAllowed('CHAIN_PARTY_NOT_IN_CHAIN', { partyId }, 'PartyMustBeInChain');
}

/** The acting party, which must be in the chain. */
export function actingPartyInChain(state: OpenedChain, metadata: CommandMetadata): PartyId {
  const partyId = actingPartyOf(metadata);
  PartyMustBeInChain(state, partyId);
  return partyId;
}

/** The valid time of the command's entry: what the user gave, else now. */
export function occurredAtOf(metadata: CommandMetadata): string {
  return metadata.occurredAt ?? metadata.now;
}

// evolve runs on stored events, which always carry meta; an event without meta (straight out of
// decide) still folds, but cannot be named by a correction.
const NO_META: EventMeta = { eventId: '', occurredAt: '', recordedAt: '', actorPartyId: null };

export function stampOf(event: { meta?: EventMeta }): EntryStamp {
  const meta = event.meta ?? NO_META;
  return {
    eventId: meta.eventId,
    occurredAt: meta.occurredAt,
    recordedAt: meta.recordedAt,
    recordedByPartyId: meta.actorPartyId,
    ...provenanceOf(meta),
  };
}

/** How an entry came in, when not a plain manager's entry: a worker's own act, or an import. */
function provenanceOf(meta: EventMeta): Pick<EntryStamp, 'recordedByWorkerId' | 'imported'> {
  return {
    ...(meta.actorWorkerId ? { recordedByWorkerId: meta.actorWorkerId } : {}),
    ...(meta.imported ? { imported: meta.imported } : {}),
  };
}
