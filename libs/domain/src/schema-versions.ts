import type { ChainEventType } from './chain/chain.events';
import type { PartyEventType } from './party/party.events';
import type { AccessEventType } from './access/access.events';
import type { AcknowledgementLinkEventType } from './ack-links/ack-link.events';
import type { CredentialEventType } from './credentials/credential.events';
import type { NoticeEventType } from './notifications/notice.events';
import type { WorkerPassEventType } from './worker-passes/worker-pass.events';

export type EventType = ChainEventType | PartyEventType | CredentialEventType | AccessEventType | AcknowledgementLinkEventType | NoticeEventType | WorkerPassEventType;

/** The schema version of each event type's data, for upcasting; bump it when a payload changes. */
export const eventSchemaVersions = {
  PartyRegistered: 1,
  WorkerRegistered: 1,
  MemberInvited: 1,
  InvitationAccepted: 1,
  MemberRoleChanged: 1,
  MemberRemoved: 1,
  MemberIdentityLinked: 1,
  PersonalDataErased: 1,
  ChainOpened: 1,
  PartyEngaged: 1,
  EngagementEnded: 1,
  SafetyInstructionIssued: 1,
  SafetyInstructionPassedDown: 1,
  SafetyInstructionAcknowledged: 2,
  VergewisCheckRecorded: 1,
  IncidentReported: 1,
  IncidentNotified: 1,
  IncidentReclassified: 1,
  EntryCorrected: 1,
  EntryRetracted: 1,
  InspectorAccessGranted: 1,
  InspectorAccessRevoked: 1,
  InspectorReadRecorded: 1,
  AcknowledgementLinksMade: 1,
  AcknowledgementLinkRevoked: 1,
  WorkerPassIssued: 1,
  WorkerPassRevoked: 1,
  CompanyCertificateRecorded: 1,
  WorkerDiplomaRecorded: 1,
  IncidentMeasuresRecorded: 1,
  WorkResumed: 1,
  RieExtractDelivered: 1,
  WorkStarted: 1,
  DirectSupervisionRecorded: 1,
  LinkRequirementsSet: 1,
  ConstructionProjectDescribed: 1,
  ConstructionNoticeFiled: 1,
  HealthSafetyPlanPublished: 1,
  HealthSafetyPlanAcknowledged: 1,
  CoordinatorAppointed: 1,
  ExecutionAgreementRecorded: 1,
  CoordinatorDirectionIssued: 1,
  CoordinatorDirectionAcknowledged: 1,
  WorkStartChecked: 2,
  CorrectiveActionAssigned: 1,
  CorrectiveActionCommented: 1,
  CorrectiveActionCompleted: 1,
  CorrectiveActionVerified: 1,
  CorrectiveActionReopened: 1,
  ToolboxMeetingRecorded: 1,
  ToolboxAttendanceRecorded: 1,
  NoticeSent: 1,
  NoticeFailed: 1,
} as const satisfies Record<EventType, number>;
