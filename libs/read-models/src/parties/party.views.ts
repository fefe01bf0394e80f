import type { PartyKind, WorkerRelation } from '@schakel/domain';
import type { PartyRow } from './party.entity';
import type { WorkerRow } from './worker.entity';

// Parties and their workers.
// Plain read-only views: instants are ISO strings; "…At" fields without comment are valid time
// (occurredAt), `recordedAt` is transaction time. Each row becomes a fresh plain object: entities
// never leave this library.

// Plain read-only views: what the query services hand to the API. Instants are ISO strings;
// "…At" fields without comment are valid time (occurredAt), `recordedAt` is transaction time.
export interface PartyView {
  readonly id: string;
  readonly kind: PartyKind;
  readonly name: string;
  readonly kvkNumber: string | null;
  readonly country: string;
  readonly registeredBy: string | null;
  readonly registeredAt: string;
  readonly recordedAt: string;
  /** Version of the party stream, the expectedVersion of its next command. */
  readonly streamVersion: number;
}

export interface WorkerView {
  readonly id: string;
  readonly partyId: string;
  readonly name: string;
  readonly languages: readonly string[];
  readonly relation: WorkerRelation;
  readonly registeredAt: string;
  readonly recordedAt: string;
}

// Entities never leave this library: each row becomes a fresh plain object. The string columns
// hold values the domain validated, so narrowing them to the domain's unions is safe.
export const toPartyView = (row: PartyRow): PartyView => ({
  id: row.id,
  kind: row.kind as PartyView['kind'],
  name: row.name,
  kvkNumber: row.kvkNumber,
  country: row.country,
  registeredBy: row.registeredBy,
  registeredAt: row.registeredAt,
  recordedAt: row.recordedAt,
  streamVersion: row.streamVersion,
});

export const toWorkerView = (row: WorkerRow): WorkerView => ({
  id: row.id,
  partyId: row.partyId,
  name: row.name,
  languages: [...row.languages],
  relation: row.relation as WorkerView['relation'],
  registeredAt: row.registeredAt,
  recordedAt: row.recordedAt,
});
