import type { Authority, ChainEventType } from '@schakel/domain';
import type { ChainLinkRow } from '../entities/chain-link.entity';
import type { ChainRow } from '../entities/chain.entity';
import type { EntryCorrectionRow } from '../entities/entry-correction.entity';
import type { IncidentNotificationRow } from '../entities/incident-notification.entity';
import type { IncidentReclassificationRow } from '../entities/incident-reclassification.entity';
import type { IncidentRow } from '../entities/incident.entity';
import type { InstructionAcknowledgementRow } from '../entities/instruction-acknowledgement.entity';
import type { InstructionReceiptRow } from '../entities/instruction-receipt.entity';
import type { PartyRow } from '../entities/party.entity';
import type { VergewisCheckRow } from '../entities/vergewis-check.entity';
import type { WorkerRow } from '../entities/worker.entity';
import type {
  ChainView,
  CorrectionView,
  IncidentNotificationView,
  IncidentReclassificationView,
  IncidentView,
  InstructionAcknowledgementView,
  InstructionReceiptView,
  LinkView,
  PartyView,
  VergewisCheckView,
  WorkerView,
} from './views';

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

export const toReceiptView = (row: InstructionReceiptRow): InstructionReceiptView => ({
  eventId: row.eventId,
  instructionId: row.instructionId,
  version: row.version,
  partyId: row.partyId,
  linkId: row.linkId,
  fromPartyId: row.fromPartyId,
  receivedAt: row.receivedAt,
  recordedAt: row.recordedAt,
  retracted: row.retracted,
});

export const toAcknowledgementView = (row: InstructionAcknowledgementRow): InstructionAcknowledgementView => ({
  eventId: row.eventId,
  instructionId: row.instructionId,
  version: row.version,
  partyId: row.partyId,
  workerId: row.workerId,
  language: row.language,
  channel: row.channel ?? null,
  acknowledgedAt: row.acknowledgedAt,
  recordedAt: row.recordedAt,
  retracted: row.retracted,
  understood: row.understood,
});

export const toCheckView = (row: VergewisCheckRow): VergewisCheckView => ({
  id: row.id,
  chainId: row.chainId,
  checkerPartyId: row.checkerPartyId,
  subjectPartyId: row.subjectPartyId,
  subjectWorkerId: row.subjectWorkerId,
  subject: row.subject as VergewisCheckView['subject'],
  outcome: row.outcome as VergewisCheckView['outcome'],
  summary: row.summary,
  evidence: row.evidence.map((item) => ({ name: item.name, sha256: item.sha256 })),
  validUntil: row.validUntil,
  relatedIncidentId: row.relatedIncidentId,
  relatedInstructionId: row.relatedInstructionId,
  checkedAt: row.checkedAt,
  recordedAt: row.recordedAt,
  eventId: row.eventId,
  retracted: row.retracted,
});

export const toNotificationView = (row: IncidentNotificationRow): IncidentNotificationView => ({
  eventId: row.eventId,
  incidentId: row.incidentId,
  notifierPartyId: row.notifierPartyId,
  recipient:
    row.recipientKind === 'AUTHORITY'
      ? { kind: 'AUTHORITY', authority: row.recipientAuthority as Authority }
      : { kind: 'PARTY', partyId: row.recipientPartyId as string },
  channel: row.channel as IncidentNotificationView['channel'],
  reference: row.reference,
  notifiedAt: row.notifiedAt,
  recordedAt: row.recordedAt,
  retracted: row.retracted,
});

export const toReclassificationView = (row: IncidentReclassificationRow): IncidentReclassificationView => ({
  eventId: row.eventId,
  incidentId: row.incidentId,
  severity: row.severity as IncidentReclassificationView['severity'],
  absenceDays: row.absenceDays,
  previousSeverity: row.previousSeverity as IncidentReclassificationView['previousSeverity'],
  previousAbsenceDays: row.previousAbsenceDays,
  becameKnownAt: row.becameKnownAt,
  reason: row.reason,
  byPartyId: row.byPartyId,
  occurredAt: row.occurredAt,
  recordedAt: row.recordedAt,
});

export const toIncidentView = (
  row: IncidentRow,
  notifications: readonly IncidentNotificationView[],
  reclassifications: readonly IncidentReclassificationView[],
): IncidentView => ({
  id: row.id,
  chainId: row.chainId,
  reporterPartyId: row.reporterPartyId,
  kind: row.kind as IncidentView['kind'],
  happenedAt: row.happenedAt,
  location: row.location,
  description: row.description,
  topics: [...row.topics],
  victim: row.victim ? { ...row.victim } : null,
  severity: row.severity as IncidentView['severity'],
  absenceDays: row.absenceDays,
  reportedSeverity: row.reportedSeverity as IncidentView['reportedSeverity'],
  reportedAbsenceDays: row.reportedAbsenceDays,
  victimRelation: row.victimRelation as IncidentView['victimRelation'],
  authorityHolderPartyId: row.authorityHolderPartyId,
  reportedAt: row.reportedAt,
  eventId: row.eventId,
  retracted: row.retracted,
  notifications,
  reclassifications,
});

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
