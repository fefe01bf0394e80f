import { Invalid, NotAllowed, NotFound, RuleViolated } from '../../shared/errors';
import { isSha256Hex } from '../../shared/values';
import type { LinkState, OpenedChain } from '../chain.state';
import { linkOf } from '../chain-collections';

/** An active link of the chain, or the error saying why not. */
export function requireActiveLink(state: OpenedChain, linkId: string): LinkState {
  const link = linkOf(state, linkId);
  if (!link) throw new NotFound('LINK_NOT_FOUND', { linkId });
  if (link.status !== 'ACTIVE') throw new RuleViolated('LINK_NOT_ACTIVE', { linkId });
  return link;
}

export function requireContentHash(value: unknown): string {
  if (!isSha256Hex(value)) throw new Invalid('INSTRUCTION_HASH_INVALID', { value: String(value) });
  return value;
}

/** The principal decides the construction process: description, prior notice, coordinators. */
export function OnlyPrincipalForConstruction(state: OpenedChain, partyId: string): void {
  if (partyId !== state.principalPartyId) {
    throw new NotAllowed('CONSTRUCTION_NOT_PRINCIPAL', { principalPartyId: state.principalPartyId }, 'OnlyPrincipalForConstruction');
  }
}
