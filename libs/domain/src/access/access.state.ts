import type { ChainId, IsoInstant, PartyId } from '../shared/values';
import type { GrantorStanding } from './access.events';

export type GrantState = {
  grantId: string;
  inspectorPartyId: PartyId;
  inspectorUserId: string | null;
  validFrom: IsoInstant;
  validUntil: IsoInstant;
  grantedByPartyId: PartyId;
  grantorStanding: GrantorStanding;
  grantedAt: IsoInstant;
  revocation: { reason: string; revokedByPartyId: PartyId; revokedAt: IsoInstant } | null;
};

/** Reads change no state: only grants and revocations do. */
export type AccessState = { chainId: ChainId | null; grants: GrantState[] };

export function initialAccessState(): AccessState {
  return { chainId: null, grants: [] };
}
