import { actingPartyInChain, actingPartyOf } from '../chain/chain-guards';
import { InstructionMustHaveBeenReceived, requireInstructionVersion } from '../chain/instructions/decide-pass-down-instruction';
import { isInChain } from '../chain/queries/chain-links';
import type { Decider } from '../shared/decider';
import { Conflict, Invalid, NotAllowed, NotFound } from '../shared/errors';
import { toUtcInstant } from '../shared/time';
import type { AcknowledgementLinkCommand, MakeAcknowledgementLinks, RevokeAcknowledgementLink } from './ack-link.commands';
import type { AcknowledgementLinkEvent } from './ack-link.events';
import { initialAcknowledgementLinksState, type AcknowledgementLinksState } from './ack-link.state';
import { mayMakeLinkFor } from './who-may-make-links';

function decideMake(command: MakeAcknowledgementLinks, state: AcknowledgementLinksState): AcknowledgementLinkEvent[] {
  const { chainId, batchId, chain, instructionId, version, links, maxWorkers } = command.data;
  if (chain === null) throw new NotFound('CHAIN_NOT_FOUND', { chainId });
  const partyId = actingPartyInChain(chain, command.metadata);
  const workerIds = links.map((l) => l.workerId);
  if (links.length === 0 || links.length > maxWorkers || new Set(workerIds).size !== workerIds.length) {
    throw new Invalid('ACK_LINK_WORKERS_INVALID', { max: maxWorkers });
  }
  const instruction = requireInstructionVersion(chain, instructionId, version);
  const records = links.map((link) => {
    const { worker } = link;
    if (worker === null || !isInChain(chain, worker.partyId)) throw new NotFound('WORKER_NOT_FOUND', { workerId: link.workerId });
    if (!mayMakeLinkFor(chain, instruction, partyId, worker)) throw new NotAllowed('ACK_LINK_NOT_ALLOWED', { partyId, workerId: worker.workerId });
    // a link the worker could not use is refused now, not on the worker's phone
    InstructionMustHaveBeenReceived(instruction, worker.partyId, version);
    if (state.links.has(link.linkIdHash)) throw new Conflict('ACK_LINK_ALREADY_MADE');
    return { linkIdHash: link.linkIdHash, workerId: worker.workerId, workerPartyId: worker.partyId, expiresAt: toUtcInstant(link.expiresAt, 'expiresAt') };
  });
  return [{ type: 'AcknowledgementLinksMade', data: { chainId, batchId, instructionId, version, madeByPartyId: partyId, links: records } }];
}

function decideRevoke(command: RevokeAcknowledgementLink, state: AcknowledgementLinksState): AcknowledgementLinkEvent[] {
  const { chainId, linkId, linkIdHash } = command.data;
  const partyId = actingPartyOf(command.metadata);
  const link = state.links.get(linkIdHash);
  // another party's link is as unknown to the caller as no link at all
  if (!link || link.madeByPartyId !== partyId) throw new NotFound('ACK_LINK_NOT_FOUND', { chainId, linkId });
  if (link.revoked) throw new Conflict('ACK_LINK_ALREADY_REVOKED', { linkId });
  return [{ type: 'AcknowledgementLinkRevoked', data: { chainId, linkIdHash, workerId: link.workerId, revokedByPartyId: partyId } }];
}

function evolve(state: AcknowledgementLinksState, event: AcknowledgementLinkEvent): AcknowledgementLinksState {
  const links = new Map(state.links);
  if (event.type === 'AcknowledgementLinksMade') {
    const { batchId, instructionId, version, madeByPartyId } = event.data;
    for (const link of event.data.links) {
      links.set(link.linkIdHash, { ...link, batchId, instructionId, version, madeByPartyId, madeAt: event.meta?.recordedAt ?? '', revoked: false });
    }
  } else {
    const link = links.get(event.data.linkIdHash);
    if (link) links.set(link.linkIdHash, { ...link, revoked: true });
  }
  return { links };
}

export const acknowledgementLinkDecider: Decider<AcknowledgementLinkCommand, AcknowledgementLinkEvent, AcknowledgementLinksState> = {
  initialState: initialAcknowledgementLinksState,
  evolve,
  decide(command, state) {
    return command.type === 'MakeAcknowledgementLinks' ? decideMake(command, state) : decideRevoke(command, state);
  },
};
