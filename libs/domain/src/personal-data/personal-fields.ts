import type { IncidentVictim, VictimRelation } from '../chain/chain.events';
import type { EventType } from '../schema-versions';
import { incidentDataSubject } from './data-subject';

/** What a personal field holds: a person's name reads "erased person #n" once erased, anything else "erased". */
export type PersonalFieldKind = 'NAME' | 'CONTACT' | 'HEALTH' | 'TEXT';

/**
 * The personal-data declaration of one event type. `personal` maps a path in the event's data
 * (`content[].title`, `changes.*`) to what it holds; those fields are encrypted under the key of the
 * data subject `subjectOf` names (no subject: stored in the clear). `clear` lists every other string
 * field, so a new string field cannot slip in undeclared (test/architecture/personal-fields.spec.ts).
 */
export type PersonalFieldDeclaration = {
  readonly subjectOf?: (data: Record<string, unknown>) => string | null;
  readonly personal: Readonly<Record<string, PersonalFieldKind>>;
  readonly clear: readonly string[];
};

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const field = (data: Record<string, unknown>, key: string): Record<string, unknown> =>
  (data[key] !== null && typeof data[key] === 'object' ? data[key] : {}) as Record<string, unknown>;

const none = (clear: readonly string[]): PersonalFieldDeclaration => ({ personal: {}, clear });
const bySubject = (key: string) => (data: Record<string, unknown>) => str(data[key]);

/** Which fields of which event are personal, and whose. Declared once per event type. */
export const personalFieldDeclarations = {
  PartyRegistered: {
    // a PERSON party is a zzp'er: the name is a person's name
    subjectOf: (data) => (data.kind === 'PERSON' ? str(data.partyId) : null),
    personal: { name: 'NAME' },
    clear: ['country', 'kvkNumber', 'partyId', 'registeredBy'],
  },
  WorkerRegistered: { subjectOf: bySubject('workerId'), personal: { name: 'NAME' }, clear: ['languages[]', 'partyId', 'workerId'] },
  MemberInvited: {
    subjectOf: (data) => str(data.workerId) ?? str(data.userId),
    personal: { name: 'NAME', email: 'CONTACT' },
    clear: ['invitationId', 'invitedBy', 'language', 'partyId', 'userId', 'workerId'],
  },
  InvitationAccepted: none(['invitationId', 'partyId', 'userId']),
  MemberRoleChanged: none(['changedBy', 'partyId', 'userId', 'workerId']),
  MemberRemoved: none(['partyId', 'removedBy', 'userId']),
  // the provider's subject is a pseudonymous identifier sign-in looks members up by
  MemberIdentityLinked: none(['issuer', 'partyId', 'subject', 'userId']),
  PersonalDataErased: none(['partyId', 'subjectId', 'reason', 'erasedBy']),
  CompanyCertificateRecorded: none(['certificateId', 'issuedOn', 'partyId', 'recordedByPartyId', 'registerNumber', 'validUntil']),
  WorkerDiplomaRecorded: none(['issuedOn', 'partyId', 'recordedByPartyId', 'registerNumber', 'workerId']),
  ChainOpened: none(['chainId', 'description', 'name', 'principalPartyId', 'siteAddress']),
  PartyEngaged: none(['fromPartyId', 'linkId', 'scope', 'startDate', 'toPartyId']),
  EngagementEnded: none(['endDate', 'endedByPartyId', 'linkId', 'reason']),
  SafetyInstructionIssued: none(['contentHash', 'content[].body', 'content[].language', 'content[].title', 'instructionId', 'issuerPartyId', 'topics[]']),
  SafetyInstructionPassedDown: none(['fromPartyId', 'instructionId', 'linkId', 'toPartyId']),
  SafetyInstructionAcknowledged: {
    subjectOf: bySubject('workerId'),
    // the browser a worker used says something about the person; that they acknowledged does not
    personal: { userAgent: 'TEXT' },
    clear: ['instructionId', 'language', 'linkIdHash', 'partyId', 'workerId'],
  },
  VergewisCheckRecorded: {
    subjectOf: bySubject('subjectWorkerId'),
    personal: { summary: 'TEXT' },
    clear: ['checkId', 'checkerPartyId', 'evidence[].name', 'evidence[].sha256', 'relatedIncidentId', 'relatedInstructionId', 'subjectPartyId', 'subjectWorkerId', 'validUntil'],
  },
  IncidentReported: {
    subjectOf: (data) => incidentDataSubject(data.victim as IncidentVictim | null, data.victimRelation as VictimRelation | null),
    personal: { description: 'HEALTH' },
    clear: ['authorityHolderPartyId', 'happenedAt', 'incidentId', 'location', 'reporterPartyId', 'topics[]', 'victim.linkId', 'victim.partyId', 'victim.workerId'],
  },
  IncidentNotified: none(['incidentId', 'notifierPartyId', 'recipient.partyId', 'reference']),
  IncidentReclassified: {
    subjectOf: bySubject('dataSubjectId'),
    personal: { reason: 'HEALTH' },
    clear: ['becameKnownAt', 'dataSubjectId', 'incidentId', 'reclassifiedByPartyId'],
  },
  EntryCorrected: {
    // the corrected entry's subject: a corrected injury description stays under the victim's key, old and new
    subjectOf: bySubject('dataSubjectId'),
    personal: { 'changes.*': 'TEXT', 'previousValues.*': 'TEXT' },
    clear: ['correctedByPartyId', 'dataSubjectId', 'reason', 'targetEventId'],
  },
  EntryRetracted: none(['reason', 'retractedByPartyId', 'targetEventId']),
  IncidentMeasuresRecorded: {
    subjectOf: bySubject('dataSubjectId'),
    personal: { description: 'HEALTH' },
    clear: ['dataSubjectId', 'evidence[].name', 'evidence[].sha256', 'incidentId', 'recordedByPartyId'],
  },
  WorkResumed: none(['incidentId', 'resumedByPartyId', 'victimPartyId', 'victimWorkerId']),
  RieExtractDelivered: none(['contentHash', 'fromPartyId', 'linkId', 'summary', 'toPartyId']),
  WorkStarted: none(['linkId', 'partyId', 'startedByPartyId', 'topics[]', 'workStartId', 'workerId']),
  DirectSupervisionRecorded: none(['description', 'linkId', 'recordedByPartyId', 'selfEmployedPartyId', 'supervisorPartyId']),
  LinkRequirementsSet: none(['linkId', 'setByPartyId']),
  ConstructionProjectDescribed: none(['describedByPartyId', 'plannedSiteStart']),
  ConstructionNoticeFiled: none(['filedByPartyId', 'reference']),
  HealthSafetyPlanPublished: none(['contentHash', 'publishedByPartyId', 'summary']),
  HealthSafetyPlanAcknowledged: none(['partyId']),
  CoordinatorAppointed: none(['appointedByPartyId', 'coordinatorPartyId']),
  ExecutionAgreementRecorded: none(['recordedByPartyId', 'reference', 'uitvoerendePartyId']),
  CoordinatorDirectionIssued: none(['addresseePartyIds[]', 'coordinatorPartyId', 'directionId', 'text']),
  CoordinatorDirectionAcknowledged: none(['directionId', 'partyId']),
  WorkStartChecked: {
    subjectOf: bySubject('workerId'),
    personal: { overrideReason: 'TEXT' },
    clear: ['checkedAt', 'checkedByPartyId', 'linkId', 'partyId', 'passIdHash', 'reasons[].explanation', 'reasons[].partyIds[]', 'reasons[].ruleId', 'topics[]', 'workStartId', 'workerId'],
  },
  CorrectiveActionAssigned: none(['actionId', 'assignedByPartyId', 'assigneePartyId', 'description', 'dueAt', 'subject.directionId', 'subject.findingArisenAt', 'subject.incidentId', 'subject.ruleId']),
  CorrectiveActionCommented: none(['actionId', 'byPartyId', 'commentId', 'text']),
  CorrectiveActionCompleted: none(['actionId', 'byPartyId', 'evidence[].name', 'evidence[].sha256', 'note']),
  CorrectiveActionVerified: none(['actionId', 'byPartyId']),
  CorrectiveActionReopened: none(['actionId', 'byPartyId', 'reason']),
  // the leader acts in a role (a foreman, a coordinator), recorded as such
  ToolboxMeetingRecorded: none(['instructions[].instructionId', 'language', 'leaderName', 'meetingId', 'organizerPartyId', 'site', 'topics[]']),
  ToolboxAttendanceRecorded: none(['meetingId', 'partyId', 'recordedByPartyId', 'workerId']),
  InspectorAccessGranted: none(['chainId', 'grantId', 'grantedByPartyId', 'inspectorPartyId', 'inspectorUserId', 'validFrom', 'validUntil']),
  InspectorAccessRevoked: none(['chainId', 'grantId', 'inspectorPartyId', 'reason', 'revokedByPartyId']),
  InspectorReadRecorded: none(['asOf', 'chainId', 'grantId', 'inspectorPartyId', 'inspectorUserId', 'query', 'subject']),
  AcknowledgementLinksMade: none(['batchId', 'chainId', 'instructionId', 'links[].expiresAt', 'links[].linkIdHash', 'links[].workerId', 'links[].workerPartyId', 'madeByPartyId']),
  AcknowledgementLinkRevoked: none(['chainId', 'linkIdHash', 'revokedByPartyId', 'workerId']),
  WorkerPassIssued: none(['expiresAt', 'issueId', 'partyId', 'passIdHash', 'workerId']),
  WorkerPassRevoked: none(['partyId', 'passIdHash', 'workerId']),
  NoticeSent: {
    subjectOf: (data) => str(field(data, 'recipient').workerId) ?? str(field(data, 'recipient').userId),
    personal: { 'recipient.address': 'CONTACT' },
    clear: ['chainId', 'deliveryId', 'recipient.partyId', 'recipient.userId', 'recipient.workerId', 'sourceEventId', 'subject.credentialId', 'subject.findingArisenAt', 'subject.grantId', 'subject.incidentId', 'subject.instructionId', 'subject.ruleId'],
  },
  NoticeFailed: {
    subjectOf: (data) => str(field(data, 'recipient').workerId) ?? str(field(data, 'recipient').userId),
    personal: { 'recipient.address': 'CONTACT' },
    clear: ['chainId', 'deliveryId', 'reason', 'recipient.partyId', 'recipient.userId', 'recipient.workerId', 'sourceEventId', 'subject.credentialId', 'subject.findingArisenAt', 'subject.grantId', 'subject.incidentId', 'subject.instructionId', 'subject.ruleId'],
  },
} as const satisfies Record<EventType, PersonalFieldDeclaration>;

/** The declaration of an event type; an unknown type (another installation's, a future one) has no personal fields. */
export function personalFieldsOf(type: string): PersonalFieldDeclaration {
  return (personalFieldDeclarations as Record<string, PersonalFieldDeclaration>)[type] ?? { personal: {}, clear: [] };
}
