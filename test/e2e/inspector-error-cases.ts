// The inspector-access mutations' expected failures for errors.e2e-spec.ts: one case per domain
// error code they add, run against the same given chain (story 1, accident to a lent worker of the
// agency, so steel holds gezag over the victim).
import type { ApiHarness } from '@schakel/api-harness';
import type { DomainErrorCode } from '@schakel/domain';
import { ok, type Cast, type ChainOfStory1 } from './chain-story';

type Code = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BUSINESS_RULE_VIOLATED';
export interface InspectorGiven {
  cast: Cast;
  chain: ChainOfStory1;
  chainId: string;
}
interface InspectorCase {
  what: string;
  mutation: string;
  code: Code;
  reason: string;
  token: (g: InspectorGiven) => string;
  input: (g: InspectorGiven) => Record<string, unknown>;
}

const GRANT_LIVE = '01900000-0000-7000-8000-000000009801';
const GRANT_REVOKED = '01900000-0000-7000-8000-000000009802';
const GRANT_UNKNOWN = '01900000-0000-7000-8000-000000009803';
const UNREGISTERED = '01900000-0000-7000-8000-000000009804';
const period = { validFrom: '2026-01-01T00:00:00Z', validUntil: '2036-01-01T00:00:00Z' };

/** Given-steps: one live grant and one revoked grant for the outsider party as inspector. */
export async function prepareInspector(api: ApiHarness, g: InspectorGiven): Promise<void> {
  const { chainId, cast } = g;
  for (const grantId of [GRANT_LIVE, GRANT_REVOKED]) {
    await ok(api, 'grantInspectorAccess', { chainId, grantId, inspectorPartyId: cast.outsider.id, ...period }, cast.principal.token);
  }
  await ok(api, 'revokeInspectorAccess', { chainId, grantId: GRANT_REVOKED, reason: 'Onderzoek afgerond' }, cast.principal.token);
}

export function inspectorCases(): InspectorCase[] {
  const grant = (g: InspectorGiven, more: Record<string, unknown> = {}) => ({ chainId: g.chainId, inspectorPartyId: g.cast.outsider.id, ...period, ...more });
  const revoke = (g: InspectorGiven, more: Record<string, unknown> = {}) => ({ chainId: g.chainId, grantId: GRANT_LIVE, reason: 'Klaar', ...more });
  return [
    { what: 'the agency neither is the principal nor holds gezag over a victim', mutation: 'grantInspectorAccess', code: 'FORBIDDEN', reason: 'ACCESS_GRANTOR_NOT_ALLOWED', token: (g) => g.cast.agency.token, input: (g) => grant(g) },
    { what: 'the period ends before it starts', mutation: 'grantInspectorAccess', code: 'BAD_USER_INPUT', reason: 'ACCESS_PERIOD_INVALID', token: (g) => g.cast.principal.token, input: (g) => grant(g, { validUntil: '2025-01-01T00:00:00Z' }) },
    { what: 'the inspector party is not registered', mutation: 'grantInspectorAccess', code: 'NOT_FOUND', reason: 'PARTY_NOT_FOUND', token: (g) => g.cast.principal.token, input: (g) => grant(g, { inspectorPartyId: UNREGISTERED }) },
    { what: 'the grant id is taken', mutation: 'grantInspectorAccess', code: 'CONFLICT', reason: 'ACCESS_GRANT_ALREADY_EXISTS', token: (g) => g.cast.principal.token, input: (g) => grant(g, { grantId: GRANT_LIVE }) },
    { what: 'no such grant', mutation: 'revokeInspectorAccess', code: 'NOT_FOUND', reason: 'ACCESS_GRANT_NOT_FOUND', token: (g) => g.cast.principal.token, input: (g) => revoke(g, { grantId: GRANT_UNKNOWN }) },
    { what: 'the grant was revoked before', mutation: 'revokeInspectorAccess', code: 'CONFLICT', reason: 'ACCESS_GRANT_ALREADY_REVOKED', token: (g) => g.cast.principal.token, input: (g) => revoke(g, { grantId: GRANT_REVOKED }) },
    { what: 'the victim\'s Arbo employer revoking the principal\'s grant', mutation: 'revokeInspectorAccess', code: 'FORBIDDEN', reason: 'ACCESS_REVOKER_NOT_ALLOWED', token: (g) => g.cast.steel.token, input: (g) => revoke(g) },
    { what: 'no reason', mutation: 'revokeInspectorAccess', code: 'BAD_USER_INPUT', reason: 'ACCESS_REASON_REQUIRED', token: (g) => g.cast.principal.token, input: (g) => revoke(g, { reason: ' ' }) },
  ];
}

const READS = 'raised by inspector reads (queries, not mutations): walked in inspector-story.e2e-spec.ts';
export const inspectorUnreachable: Partial<Record<DomainErrorCode, string>> = {
  INSPECTOR_ACCESS_NOT_GRANTED: READS,
  INSPECTOR_ACCESS_REVOKED: READS,
  INSPECTOR_ACCESS_EXPIRED: READS,
  INSPECTOR_ACCESS_NOT_YET_VALID: READS,
};
