import type { LinkKind, PartyKind } from '@schakel/domain';
import type { ChainLinkRow } from './chain-link.entity';

// A link of a chain: who engaged whom, for what, since when.
// Plain read-only views: instants are ISO strings; "…At" fields without comment are valid time
// (occurredAt), `recordedAt` is transaction time. Each row becomes a fresh plain object: entities
// never leave this library.

export interface LinkView {
  readonly id: string;
  readonly chainId: string;
  readonly fromPartyId: string;
  readonly toPartyId: string;
  readonly toPartyKind: PartyKind;
  readonly kind: LinkKind;
  readonly scope: string;
  readonly underAuthority: boolean;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly endReason: string | null;
  readonly endedByPartyId: string | null;
  readonly active: boolean;
  readonly engagedAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
  /** The EngagementEnded entry, once the link has ended. */
  readonly endEventId: string | null;
}

export const toLinkView = (row: ChainLinkRow): LinkView => ({
  id: row.id,
  chainId: row.chainId,
  fromPartyId: row.fromPartyId,
  toPartyId: row.toPartyId,
  toPartyKind: row.toPartyKind as LinkView['toPartyKind'],
  kind: row.kind as LinkView['kind'],
  scope: row.scope,
  underAuthority: row.underAuthority,
  startDate: row.startDate,
  endDate: row.endDate,
  endReason: row.endReason,
  endedByPartyId: row.endedByPartyId,
  active: row.active,
  engagedAt: row.engagedAt,
  recordedAt: row.recordedAt,
  eventId: row.eventId,
  endEventId: row.endEventId,
});
