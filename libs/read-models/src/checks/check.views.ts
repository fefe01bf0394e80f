import type { CheckOutcome, CheckSubject, Evidence } from '@schakel/domain';
import type { VergewisCheckRow } from './vergewis-check.entity';

// A vergewis check one party made of another.
// Plain read-only views: instants are ISO strings; "…At" fields without comment are valid time
// (occurredAt), `recordedAt` is transaction time. Each row becomes a fresh plain object: entities
// never leave this library.

export interface VergewisCheckView {
  readonly id: string;
  readonly chainId: string;
  readonly checkerPartyId: string;
  readonly subjectPartyId: string;
  readonly subjectWorkerId: string | null;
  readonly subject: CheckSubject;
  readonly outcome: CheckOutcome;
  readonly summary: string;
  readonly evidence: readonly Evidence[];
  readonly validUntil: string | null;
  readonly relatedIncidentId: string | null;
  readonly relatedInstructionId: string | null;
  readonly checkedAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
  readonly retracted: boolean;
}

export const toCheckView = (row: VergewisCheckRow): VergewisCheckView => ({
  id: row.id,
  chainId: row.chainId,
  checkerPartyId: row.checkerPartyId,
  subjectPartyId: row.subjectPartyId,
  subjectWorkerId: row.subjectWorkerId,
  subject: row.subject as VergewisCheckView['subject'],
  outcome: row.outcome as VergewisCheckView['outcome'],
  summary: row.summary,
  evidence: row.evidence.map((item) => ({ name: item.name, sha256: item.sha256, ...(item.sizeBytes === undefined ? {} : { sizeBytes: item.sizeBytes }) })),
  validUntil: row.validUntil,
  relatedIncidentId: row.relatedIncidentId,
  relatedInstructionId: row.relatedInstructionId,
  checkedAt: row.checkedAt,
  recordedAt: row.recordedAt,
  eventId: row.eventId,
  retracted: row.retracted,
});
