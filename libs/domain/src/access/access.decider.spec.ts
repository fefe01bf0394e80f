import { deciderSpec, hasCode } from '@schakel/testing';
import type { AccessCommand } from './access.commands';
import type { AccessEvent, InspectorAccessGranted } from './access.events';
import { accessDecider } from './access.decider';
import { inspectorAccessAt } from './access-queries';

const chainId = 'c-1';
const principal = 'p-principal';
const holder = 'p-steel';
const inspector = 'p-nla';
const grantors = { principalPartyId: principal, authorityHolderPartyIds: [holder] };
const now = '2026-10-01T09:00:00.000Z';
const actor = (partyId: string | null, role = 'MANAGER', userId = `u-${partyId}`) => ({ userId, partyId, role, workerId: null });
const spec = deciderSpec<AccessCommand, AccessEvent, ReturnType<typeof accessDecider.initialState>>(accessDecider);

const granted = (grantId = 'g-1', more: Partial<InspectorAccessGranted['data']> = {}): InspectorAccessGranted => ({
  type: 'InspectorAccessGranted',
  data: {
    grantId,
    chainId,
    inspectorPartyId: inspector,
    inspectorUserId: null,
    validFrom: '2026-09-20T00:00:00.000Z',
    validUntil: '2026-10-20T00:00:00.000Z',
    grantedByPartyId: principal,
    grantorStanding: 'PRINCIPAL',
    ...more,
  },
});

const grant = (by: string, more: Partial<Extract<AccessCommand, { type: 'GrantInspectorAccess' }>['data']> = {}): AccessCommand => ({
  type: 'GrantInspectorAccess',
  data: {
    chainId,
    grantId: 'g-1',
    inspectorPartyId: inspector,
    inspectorParty: { partyId: inspector, kind: 'ORGANISATION' },
    inspectorUserId: null,
    validFrom: '2026-09-20T00:00:00Z',
    validUntil: '2026-10-20T00:00:00Z',
    grantors,
    ...more,
  },
  metadata: { now, actor: actor(by) },
});

const read = (at = now, partyId = inspector, userId = 'u-inspector'): AccessCommand => ({
  type: 'RecordInspectorRead',
  data: { chainId, query: 'chainAsOf', asOf: '2026-09-15T10:00:00.000Z', clock: 'OCCURRED', subject: null },
  metadata: { now: at, actor: actor(partyId, 'INSPECTOR', userId) },
});

const revoke = (by: string, grantId = 'g-1', reason = 'onderzoek afgerond'): AccessCommand => ({
  type: 'RevokeInspectorAccess',
  data: { chainId, grantId, reason, grantors },
  metadata: { now, actor: actor(by) },
});

describe('GrantInspectorAccess', () => {
  it('the principal grants an inspector party access for a period', () => {
    spec.given([]).when(grant(principal)).then([granted()]);
  });

  it('the party holding gezag over an accident victim may grant too', () => {
    spec.given([]).when(grant(holder)).then([granted('g-1', { grantedByPartyId: holder, grantorStanding: 'AUTHORITY_HOLDER' })]);
  });

  it('may name one user of the inspector party', () => {
    spec.given([]).when(grant(principal, { inspectorUserId: 'u-inspector' })).then([granted('g-1', { inspectorUserId: 'u-inspector' })]);
  });

  it('anyone else is refused', () => {
    spec.given([]).when(grant('p-agency')).thenThrows(hasCode('ACCESS_GRANTOR_NOT_ALLOWED', { rule: 'GrantorMustBePrincipalOrAuthorityHolder' }));
  });

  it('a chain that was never opened is not found', () => {
    const cmd = grant(principal) as Extract<AccessCommand, { type: 'GrantInspectorAccess' }>;
    spec.given([]).when({ ...cmd, data: { ...cmd.data, grantors: { principalPartyId: null, authorityHolderPartyIds: [] } } }).thenThrows('CHAIN_NOT_FOUND');
  });

  it('the period must end after it starts, and the instants must be valid', () => {
    spec.given([]).when(grant(principal, { validUntil: '2026-09-19T00:00:00Z' })).thenThrows('ACCESS_PERIOD_INVALID');
    spec.given([]).when(grant(principal, { validFrom: 'gisteren' })).thenThrows(hasCode('INPUT_INSTANT_INVALID', { params: { field: 'validFrom' } }));
  });

  it('the inspector must be a registered party', () => {
    spec.given([]).when(grant(principal, { inspectorParty: null })).thenThrows(hasCode('PARTY_NOT_FOUND', { params: { partyId: inspector } }));
  });

  it('the same grant id twice is a conflict', () => {
    spec.given([granted()]).when(grant(principal)).thenThrows('ACCESS_GRANT_ALREADY_EXISTS');
  });
});

describe('RevokeInspectorAccess', () => {
  it('the principal revokes with a reason', () => {
    spec.given([granted()]).when(revoke(principal)).then([
      { type: 'InspectorAccessRevoked', data: { grantId: 'g-1', chainId, inspectorPartyId: inspector, reason: 'onderzoek afgerond', revokedByPartyId: principal } },
    ]);
  });

  it('an unknown grant, a second revocation, a missing reason and an outsider are refused', () => {
    spec.given([granted()]).when(revoke(principal, 'g-2')).thenThrows('ACCESS_GRANT_NOT_FOUND');
    spec.given([granted(), { type: 'InspectorAccessRevoked', data: { grantId: 'g-1', chainId, inspectorPartyId: inspector, reason: 'x', revokedByPartyId: principal } }])
      .when(revoke(principal))
      .thenThrows('ACCESS_GRANT_ALREADY_REVOKED');
    spec.given([granted()]).when(revoke(principal, 'g-1', '  ')).thenThrows('ACCESS_REASON_REQUIRED');
    spec.given([granted()]).when(revoke('p-agency')).thenThrows('ACCESS_GRANTOR_NOT_ALLOWED');
  });
});

describe('who revokes', () => {
  it('only the party that granted, or the principal, revokes a grant', () => {
    const byHolder = granted('g-1', { grantedByPartyId: holder, grantorStanding: 'AUTHORITY_HOLDER' });
    const other = { ...grantors, authorityHolderPartyIds: [holder, 'p-other-holder'] };
    const revokeAs = (by: string): AccessCommand => ({ type: 'RevokeInspectorAccess', data: { chainId, grantId: 'g-1', reason: 'x', grantors: other }, metadata: { now, actor: actor(by) } });
    // another authority holder may not revoke the principal's grant, nor the holder's
    spec.given([granted()]).when(revokeAs('p-other-holder')).thenThrows(hasCode('ACCESS_REVOKER_NOT_ALLOWED', { rule: 'RevokerMustBeGrantorOrPrincipal' }));
    spec.given([granted()]).when(revokeAs(holder)).thenThrows('ACCESS_REVOKER_NOT_ALLOWED');
    spec.given([byHolder, granted('g-2')]).when(revokeAs('p-other-holder')).thenThrows('ACCESS_REVOKER_NOT_ALLOWED');
    // the grantor and the principal may
    expect(spec.given([byHolder]).when(revokeAs(holder)).decided()).toHaveLength(1);
    expect(spec.given([byHolder]).when(revokeAs(principal)).decided()).toHaveLength(1);
  });
});

describe('RecordInspectorRead', () => {
  it('records a read under a valid grant', () => {
    spec.given([granted()]).when(read()).then([
      {
        type: 'InspectorReadRecorded',
        data: { grantId: 'g-1', chainId, inspectorPartyId: inspector, inspectorUserId: 'u-inspector', query: 'chainAsOf', asOf: '2026-09-15T10:00:00.000Z', clock: 'OCCURRED', subject: null },
      },
    ]);
  });

  it('refuses a party without a grant, and another user than the one named', () => {
    spec.given([granted()]).when(read(now, 'p-other')).thenThrows(hasCode('INSPECTOR_ACCESS_NOT_GRANTED', { params: { partyId: 'p-other', chainId } }));
    spec.given([granted('g-1', { inspectorUserId: 'u-anna' })]).when(read(now, inspector, 'u-bert')).thenThrows('INSPECTOR_ACCESS_NOT_GRANTED');
  });

  it('refuses after expiry and before the start, saying so', () => {
    spec.given([granted()]).when(read('2026-10-20T00:00:00.000Z')).thenThrows(hasCode('INSPECTOR_ACCESS_EXPIRED', { params: { validUntil: '2026-10-20T00:00:00.000Z' } }));
    spec.given([granted()]).when(read('2026-09-01T00:00:00.000Z')).thenThrows('INSPECTOR_ACCESS_NOT_YET_VALID');
  });

  it('refuses after revocation, with the reason', () => {
    spec
      .given([granted(), { type: 'InspectorAccessRevoked', data: { grantId: 'g-1', chainId, inspectorPartyId: inspector, reason: 'klaar', revokedByPartyId: principal }, meta: { recordedAt: '2026-09-30T00:00:00.000Z' } }])
      .when(read())
      .thenThrows(hasCode('INSPECTOR_ACCESS_REVOKED', { params: { reason: 'klaar', revokedAt: '2026-09-30T00:00:00.000Z' } }));
  });

  it('a fresh grant after a revocation opens access again', () => {
    const state = spec
      .given([granted(), { type: 'InspectorAccessRevoked', data: { grantId: 'g-1', chainId, inspectorPartyId: inspector, reason: 'x', revokedByPartyId: principal } }, granted('g-2')])
      .state();
    expect(inspectorAccessAt(state, inspector, 'u-inspector', now)).toMatchObject({ allowed: true, grant: { grantId: 'g-2' } });
  });
});
