import type { ChainRow } from './chain.entity';

// A chain and what a viewer may see of it, as the read model hands them to the API.
// Plain read-only views: instants are ISO strings; "…At" fields without comment are valid time
// (occurredAt), `recordedAt` is transaction time. Each row becomes a fresh plain object: entities
// never leave this library.

export interface ChainView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly siteAddress: string | null;
  readonly principalPartyId: string;
  readonly openedAt: string;
  readonly recordedAt: string;
  /** Version of the chain stream after the last event the read model holds. */
  readonly streamVersion: number;
  readonly lastRecordedAt: string;
}

/** What a party may see of a chain. */
export interface ChainAccess {
  readonly chainExists: boolean;
  /** False for a party that is not, and never was, in the chain. */
  readonly visible: boolean;
  readonly isPrincipal: boolean;
  /** Principal first, then in engagement order. */
  readonly visiblePartyIds: readonly string[];
  /** Parties whose entries (checks, incidents, corrections, receipts) the viewer may see: itself and below; everyone for the principal. */
  readonly subjectPartyIds: readonly string[];
}

export const toChainView = (row: ChainRow): ChainView => ({
  id: row.id,
  name: row.name,
  description: row.description,
  siteAddress: row.siteAddress,
  principalPartyId: row.principalPartyId,
  openedAt: row.openedAt,
  recordedAt: row.recordedAt,
  streamVersion: row.streamVersion,
  lastRecordedAt: row.lastRecordedAt,
});
