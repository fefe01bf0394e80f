import type { DomainEvent } from '../shared/messages';
import type { ChainId, IsoInstant, PartyId } from '../shared/values';

/** Why the grantor may grant: it is the chain's principal, or holds gezag over an accident's victim. */
const grantorStandings = ['PRINCIPAL', 'AUTHORITY_HOLDER'] as const;
export type GrantorStanding = (typeof grantorStandings)[number];

/** Stream `chainaccess-<chainId>`. */
export type InspectorAccessGranted = DomainEvent<
  'InspectorAccessGranted',
  {
    grantId: string;
    chainId: ChainId;
    inspectorPartyId: PartyId;
    /** One user of the inspector's party, or null for every INSPECTOR token of that party. */
    inspectorUserId: string | null;
    validFrom: IsoInstant;
    validUntil: IsoInstant;
    grantedByPartyId: PartyId;
    grantorStanding: GrantorStanding;
  }
>;

export type InspectorAccessRevoked = DomainEvent<
  'InspectorAccessRevoked',
  { grantId: string; chainId: ChainId; inspectorPartyId: PartyId; reason: string; revokedByPartyId: PartyId }
>;

/** Every read an inspector makes under a grant, so looking is itself in the tamper-evident log. */
export type InspectorReadRecorded = DomainEvent<
  'InspectorReadRecorded',
  {
    grantId: string;
    chainId: ChainId;
    inspectorPartyId: PartyId;
    inspectorUserId: string;
    /** The query asked, e.g. `chainAsOf`, `timeline`, `whoKnew`, `exportEvidenceBundle`. */
    query: string;
    asOf: IsoInstant | null;
    clock: 'OCCURRED' | 'RECORDED' | null;
    /** What was asked about (an incident id, instruction id, topic or filter), as text; null when nothing. */
    subject: string | null;
  }
>;

export type AccessEvent = InspectorAccessGranted | InspectorAccessRevoked | InspectorReadRecorded;
export type AccessEventType = AccessEvent['type'];

export const accessEventTypes = ['InspectorAccessGranted', 'InspectorAccessRevoked', 'InspectorReadRecorded'] as const satisfies readonly AccessEventType[];

const accessStreamCategory = 'chainaccess';
export function accessStreamId(chainId: ChainId): string {
  return `${accessStreamCategory}-${chainId}`;
}
