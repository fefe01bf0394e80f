import { Conflict, Invalid, NotFound } from '../../shared/errors';
import { requireIsoDate } from '../../shared/time';
import { isNonEmptyText, partyKinds, requireOneOf } from '../../shared/values';
import type { EngageParty } from '../chain.commands';
import { linkKinds, type PartyEngaged } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { linkOf } from '../chain-collections';
import { AuthorityAppliesToKind, LinkCannotCreateCycle, LinkMustBeUnique, SelfEmployedMustBePerson } from './link-rules';

export function decideEngageParty(command: EngageParty, state: OpenedChain): PartyEngaged[] {
  const { linkId, engagedPartyId, engagedParty, scope, underAuthority } = command.data;
  const kind = requireOneOf(command.data.kind, linkKinds, 'kind');
  if (!isNonEmptyText(scope)) throw new Invalid('LINK_SCOPE_REQUIRED');
  const startDate = requireIsoDate(command.data.startDate, 'startDate');
  if (typeof underAuthority !== 'boolean') {
    throw new Invalid('INPUT_VALUE_INVALID', { field: 'underAuthority', value: String(underAuthority) });
  }
  const authority = AuthorityAppliesToKind(kind, underAuthority);

  const fromPartyId = actingPartyInChain(state, command.metadata);
  if (engagedParty === null || engagedParty.partyId !== engagedPartyId) {
    throw new NotFound('PARTY_NOT_FOUND', { partyId: engagedPartyId });
  }
  const toPartyKind = requireOneOf(engagedParty.kind, partyKinds, 'engagedParty.kind');
  if (linkOf(state, linkId)) throw new Conflict('LINK_ALREADY_EXISTS', { linkId });
  SelfEmployedMustBePerson(kind, engagedPartyId, toPartyKind);
  LinkCannotCreateCycle(state, fromPartyId, engagedPartyId);
  LinkMustBeUnique(state, fromPartyId, engagedPartyId);

  return [
    {
      type: 'PartyEngaged',
      data: {
        linkId,
        fromPartyId,
        toPartyId: engagedPartyId,
        toPartyKind,
        kind,
        scope: scope.trim(),
        underAuthority: authority,
        startDate,
      },
    },
  ];
}
