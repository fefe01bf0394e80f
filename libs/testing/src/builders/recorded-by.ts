import type { ChainEvent, PartyEvent } from '@schakel/domain';

type Data<E extends { data: unknown }> = { type: E extends { type: infer T } ? T : never; data: E['data'] };

/** The party that records a chain event (it acts, so it is also the event's actor). */
export function chainEventRecorder(event: Data<ChainEvent>): string | null {
  const e = event as ChainEvent;
  switch (e.type) {
    case 'ChainOpened':
      return e.data.principalPartyId;
    case 'PartyEngaged':
      return e.data.fromPartyId;
    case 'EngagementEnded':
      return e.data.endedByPartyId;
    case 'SafetyInstructionIssued':
      return e.data.issuerPartyId;
    case 'SafetyInstructionPassedDown':
      return e.data.fromPartyId;
    case 'SafetyInstructionAcknowledged':
      return e.data.partyId;
    case 'VergewisCheckRecorded':
      return e.data.checkerPartyId;
    case 'IncidentReported':
      return e.data.reporterPartyId;
    case 'IncidentNotified':
      return e.data.notifierPartyId;
    case 'IncidentReclassified':
      return e.data.reclassifiedByPartyId;
    case 'EntryCorrected':
      return e.data.correctedByPartyId;
    case 'EntryRetracted':
      return e.data.retractedByPartyId;
    case 'IncidentMeasuresRecorded':
      return e.data.recordedByPartyId;
    case 'WorkResumed':
      return e.data.resumedByPartyId;
    case 'RieExtractDelivered':
      return e.data.fromPartyId;
    case 'WorkStarted':
      return e.data.startedByPartyId;
    case 'DirectSupervisionRecorded':
      return e.data.recordedByPartyId;
    case 'LinkRequirementsSet':
      return e.data.setByPartyId;
    case 'ConstructionProjectDescribed':
      return e.data.describedByPartyId;
    case 'ConstructionNoticeFiled':
      return e.data.filedByPartyId;
    case 'HealthSafetyPlanPublished':
      return e.data.publishedByPartyId;
    case 'HealthSafetyPlanAcknowledged':
      return e.data.partyId;
    case 'CoordinatorAppointed':
      return e.data.appointedByPartyId;
    case 'ExecutionAgreementRecorded':
      return e.data.recordedByPartyId;
    case 'CoordinatorDirectionIssued':
      return e.data.coordinatorPartyId;
    case 'CoordinatorDirectionAcknowledged':
      return e.data.partyId;
    case 'WorkStartChecked':
      return e.data.checkedByPartyId;
    case 'CorrectiveActionAssigned':
      return e.data.assignedByPartyId;
    case 'CorrectiveActionCommented':
    case 'CorrectiveActionCompleted':
    case 'CorrectiveActionVerified':
    case 'CorrectiveActionReopened':
      return e.data.byPartyId;
    case 'ToolboxMeetingRecorded':
      return e.data.organizerPartyId;
    case 'ToolboxAttendanceRecorded':
      return e.data.recordedByPartyId;
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

export function partyEventRecorder(event: Data<PartyEvent>): string | null {
  const e = event as PartyEvent;
  switch (e.type) {
    case 'PartyRegistered':
      return e.data.registeredBy;
    case 'WorkerRegistered':
    case 'MemberInvited':
    case 'MemberRoleChanged':
    case 'MemberRemoved':
      return e.data.partyId;
    case 'InvitationAccepted':
    case 'MemberIdentityLinked':
    case 'PersonalDataErased':
      return e.data.partyId;
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}
