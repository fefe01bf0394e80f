import type { DomainCommand } from '../shared/messages';
import type { ChainId, IsoInstant, PartyId, ResolvedParty } from '../shared/values';

/** What the application resolves from the chain's fold and passes in: who may grant. */
export type ChainGrantors = {
  /** null when the chain has not been opened. */
  principalPartyId: PartyId | null;
  /** Parties holding gezag over the victim of an accident in the chain. */
  authorityHolderPartyIds: PartyId[];
};

export type GrantInspectorAccess = DomainCommand<
  'GrantInspectorAccess',
  {
    chainId: ChainId;
    grantId: string;
    inspectorPartyId: PartyId;
    /** The inspector's party as registered (resolved by the application); null when it is not. */
    inspectorParty: ResolvedParty | null;
    inspectorUserId: string | null;
    validFrom: IsoInstant;
    validUntil: IsoInstant;
    grantors: ChainGrantors;
  }
>;

export type RevokeInspectorAccess = DomainCommand<
  'RevokeInspectorAccess',
  { chainId: ChainId; grantId: string; reason: string; grantors: ChainGrantors }
>;

/** Checks the caller's grant at `now` and records the read; refused when there is no valid grant. */
export type RecordInspectorRead = DomainCommand<
  'RecordInspectorRead',
  { chainId: ChainId; query: string; asOf: IsoInstant | null; clock: 'OCCURRED' | 'RECORDED' | null; subject: string | null }
>;

export type AccessCommand = GrantInspectorAccess | RevokeInspectorAccess | RecordInspectorRead;
