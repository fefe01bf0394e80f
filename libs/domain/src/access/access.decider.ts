import { actingPartyOf } from '../chain/chain-guards';
import { Conflict, Invalid, NotAllowed, NotFound } from '../shared/errors';
import type { Decider } from '../shared/decider';
import { toUtcInstant } from '../shared/time';
import { requireText } from '../shared/values';
import type { AccessCommand, ChainGrantors, GrantInspectorAccess, RecordInspectorRead, RevokeInspectorAccess } from './access.commands';
import type { AccessEvent, GrantorStanding, InspectorAccessGranted } from './access.events';
import { initialAccessState, type AccessState, type GrantState } from './access.state';
import { inspectorAccessAt } from './access-queries';

/** Only the principal, or a party holding gezag over an accident's victim, grants or revokes. */
function GrantorMustBePrincipalOrAuthorityHolder(grantors: ChainGrantors, chainId: string, partyId: string): GrantorStanding {
  if (grantors.principalPartyId === null) throw new NotFound('CHAIN_NOT_FOUND', { chainId });
  if (partyId === grantors.principalPartyId) return 'PRINCIPAL';
  if (grantors.authorityHolderPartyIds.includes(partyId)) return 'AUTHORITY_HOLDER';
  throw new NotAllowed('ACCESS_GRANTOR_NOT_ALLOWED', { chainId, partyId }, 'GrantorMustBePrincipalOrAuthorityHolder');
}

/** A grant is revoked by the party that granted it or by the principal, not by another grantor. */
function RevokerMustBeGrantorOrPrincipal(grant: GrantState, principal: boolean, partyId: string): void {
  if (!principal && grant.grantedByPartyId !== partyId) {
    throw new NotAllowed('ACCESS_REVOKER_NOT_ALLOWED', { partyId, grantId: grant.grantId }, 'RevokerMustBeGrantorOrPrincipal');
  }
}

function decideGrant(command: GrantInspectorAccess, state: AccessState): AccessEvent[] {
  const { chainId, grantId, inspectorPartyId, inspectorUserId, grantors } = command.data;
  const partyId = actingPartyOf(command.metadata);
  const grantorStanding = GrantorMustBePrincipalOrAuthorityHolder(grantors, chainId, partyId);
  requireText(inspectorPartyId, 'inspectorPartyId');
  if (command.data.inspectorParty === null) throw new NotFound('PARTY_NOT_FOUND', { partyId: inspectorPartyId });
  const validFrom = toUtcInstant(command.data.validFrom, 'validFrom');
  const validUntil = toUtcInstant(command.data.validUntil, 'validUntil');
  if (Date.parse(validUntil) <= Date.parse(validFrom)) throw new Invalid('ACCESS_PERIOD_INVALID', { validFrom, validUntil });
  if (state.grants.some((g) => g.grantId === grantId)) throw new Conflict('ACCESS_GRANT_ALREADY_EXISTS', { grantId });
  const event: InspectorAccessGranted = {
    type: 'InspectorAccessGranted',
    data: { grantId, chainId, inspectorPartyId, inspectorUserId: inspectorUserId || null, validFrom, validUntil, grantedByPartyId: partyId, grantorStanding },
  };
  return [event];
}

function decideRevoke(command: RevokeInspectorAccess, state: AccessState): AccessEvent[] {
  const { chainId, grantId, grantors } = command.data;
  const partyId = actingPartyOf(command.metadata);
  if (grantors.principalPartyId === null) throw new NotFound('CHAIN_NOT_FOUND', { chainId });
  const principal = partyId === grantors.principalPartyId;
  // a party that granted nothing learns nothing about the grants
  if (!principal && !state.grants.some((g) => g.grantedByPartyId === partyId)) {
    GrantorMustBePrincipalOrAuthorityHolder(grantors, chainId, partyId);
    throw new NotAllowed('ACCESS_REVOKER_NOT_ALLOWED', { partyId, grantId }, 'RevokerMustBeGrantorOrPrincipal');
  }
  const grant = state.grants.find((g) => g.grantId === grantId);
  if (!grant) throw new NotFound('ACCESS_GRANT_NOT_FOUND', { grantId, chainId });
  RevokerMustBeGrantorOrPrincipal(grant, principal, partyId);
  if (grant.revocation) throw new Conflict('ACCESS_GRANT_ALREADY_REVOKED', { grantId });
  if (typeof command.data.reason !== 'string' || command.data.reason.trim() === '') throw new Invalid('ACCESS_REASON_REQUIRED');
  return [
    {
      type: 'InspectorAccessRevoked',
      data: { grantId, chainId, inspectorPartyId: grant.inspectorPartyId, reason: command.data.reason.trim(), revokedByPartyId: partyId },
    },
  ];
}

function decideRecordRead(command: RecordInspectorRead, state: AccessState): AccessEvent[] {
  const { chainId, query, asOf, clock, subject } = command.data;
  const partyId = actingPartyOf(command.metadata);
  const userId = command.metadata.actor.userId;
  const check = inspectorAccessAt({ ...state, chainId }, partyId, userId, command.metadata.now);
  if (!check.allowed) throw new NotAllowed(check.code, check.params, 'InspectorMustHoldValidGrant');
  return [
    {
      type: 'InspectorReadRecorded',
      data: { grantId: check.grant.grantId, chainId, inspectorPartyId: partyId, inspectorUserId: userId, query, asOf, clock, subject },
    },
  ];
}

function decideAccess(command: AccessCommand, state: AccessState): AccessEvent[] {
  switch (command.type) {
    case 'GrantInspectorAccess':
      return decideGrant(command, state);
    case 'RevokeInspectorAccess':
      return decideRevoke(command, state);
    case 'RecordInspectorRead':
      return decideRecordRead(command, state);
    default: {
      const unreachable: never = command;
      throw new TypeError(`unknown access command ${(unreachable as { type: string }).type}`);
    }
  }
}

function evolveAccess(state: AccessState, event: AccessEvent): AccessState {
  switch (event.type) {
    case 'InspectorAccessGranted': {
      const d = event.data;
      const grant = {
        grantId: d.grantId,
        inspectorPartyId: d.inspectorPartyId,
        inspectorUserId: d.inspectorUserId,
        validFrom: d.validFrom,
        validUntil: d.validUntil,
        grantedByPartyId: d.grantedByPartyId,
        grantorStanding: d.grantorStanding,
        grantedAt: event.meta?.recordedAt ?? '',
        revocation: null,
      };
      return { chainId: d.chainId, grants: [...state.grants, grant] };
    }
    case 'InspectorAccessRevoked': {
      const d = event.data;
      const revocation = { reason: d.reason, revokedByPartyId: d.revokedByPartyId, revokedAt: event.meta?.recordedAt ?? '' };
      return { ...state, grants: state.grants.map((g) => (g.grantId === d.grantId ? { ...g, revocation } : g)) };
    }
    case 'InspectorReadRecorded':
      return state;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Inspector access to one chain, stream `chainaccess-<chainId>`. */
export const accessDecider: Decider<AccessCommand, AccessEvent, AccessState> = {
  initialState: initialAccessState,
  evolve: evolveAccess,
  decide: decideAccess,
};
