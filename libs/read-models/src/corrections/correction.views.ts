import type { ChainEventType } from '@schakel/domain';
import type { EntryCorrectionRow } from './entry-correction.entity';

// Corrections and retractions of entries.
// Plain read-only views: instants are ISO strings; "…At" fields without comment are valid time
// (occurredAt), `recordedAt` is transaction time. Each row becomes a fresh plain object: entities
// never leave this library.

export interface CorrectionView {
  readonly eventId: string;
  readonly chainId: string;
  readonly targetEventId: string;
  readonly targetType: ChainEventType;
  readonly kind: 'CORRECTED' | 'RETRACTED';
  readonly reason: string;
  /** Field → new value; null for a retraction. */
  readonly changes: Readonly<Record<string, unknown>> | null;
  /** Field → value before the correction; null for a retraction. */
  readonly previousValues: Readonly<Record<string, unknown>> | null;
  readonly byPartyId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export const toCorrectionView = (row: EntryCorrectionRow): CorrectionView => ({
  eventId: row.eventId,
  chainId: row.chainId,
  targetEventId: row.targetEventId,
  targetType: row.targetType as ChainEventType,
  kind: row.kind as CorrectionView['kind'],
  reason: row.reason,
  changes: row.changes,
  previousValues: row.previousValues,
  byPartyId: row.byPartyId,
  occurredAt: row.occurredAt,
  recordedAt: row.recordedAt,
});
