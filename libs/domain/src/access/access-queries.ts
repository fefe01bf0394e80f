import type { DomainErrorCode, DomainErrorParams } from '../shared/error-codes';
import type { PartyId } from '../shared/values';
import type { AccessState, GrantState } from './access.state';

export type InspectorAccessCheck =
  | { allowed: true; grant: GrantState }
  | { allowed: false; code: DomainErrorCode & `INSPECTOR_ACCESS_${string}`; params: DomainErrorParams };

const ms = (iso: string) => Date.parse(iso);

/** The grants naming this party (and, when a grant names a user, this user). */
function grantsOf(state: AccessState, partyId: PartyId, userId: string): GrantState[] {
  return state.grants.filter((g) => g.inspectorPartyId === partyId && (g.inspectorUserId === null || g.inspectorUserId === userId));
}

/**
 * Whether an inspector may read the chain at `now`: a grant that is not revoked and whose period
 * holds `now`. When none does, the reason of the most telling grant: revoked, expired, not yet valid.
 */
export function inspectorAccessAt(state: AccessState, partyId: PartyId, userId: string, now: string): InspectorAccessCheck {
  const chainId = state.chainId ?? '';
  const grants = grantsOf(state, partyId, userId);
  const at = ms(now);
  const valid = grants.find((g) => g.revocation === null && ms(g.validFrom) <= at && at < ms(g.validUntil));
  if (valid) return { allowed: true, grant: valid };
  const latest = grants[grants.length - 1];
  if (!latest) return { allowed: false, code: 'INSPECTOR_ACCESS_NOT_GRANTED', params: { partyId, chainId } };
  if (latest.revocation) {
    return {
      allowed: false,
      code: 'INSPECTOR_ACCESS_REVOKED',
      params: { grantId: latest.grantId, chainId, revokedAt: latest.revocation.revokedAt, reason: latest.revocation.reason },
    };
  }
  if (at >= ms(latest.validUntil)) {
    return { allowed: false, code: 'INSPECTOR_ACCESS_EXPIRED', params: { grantId: latest.grantId, chainId, validUntil: latest.validUntil } };
  }
  return { allowed: false, code: 'INSPECTOR_ACCESS_NOT_YET_VALID', params: { grantId: latest.grantId, chainId, validFrom: latest.validFrom } };
}
