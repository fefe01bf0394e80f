import { assertOccurredAt } from '../shared/time';
import type { ChainCommand } from './chain.commands';
import type { ChainEvent } from './chain.events';
import { initialChainState, type ChainState } from './chain.state';
import type { Decider } from '../shared/decider';
import { requireOpened } from './chain-guards';
import { decideRecordVergewisCheck } from './checks/decide-record-vergewis-check';
import { evolveVergewisCheckRecorded } from './checks/evolve-checks';
import { decideCorrectEntry } from './corrections/decide-correct-entry';
import { decideRetractEntry } from './corrections/decide-retract-entry';
import { evolveEntryCorrected, evolveEntryRetracted } from './corrections/evolve-corrections';
import { decideEndEngagement } from './engagements/decide-end-engagement';
import { decideEngageParty } from './engagements/decide-engage-party';
import { evolveEngagementEnded, evolvePartyEngaged } from './engagements/evolve-engagements';
import { decideNotifyIncident } from './incidents/decide-notify-incident';
import { decideReclassifyIncident } from './incidents/decide-reclassify-incident';
import { decideReportIncident } from './incidents/decide-report-incident';
import { evolveIncidentNotified, evolveIncidentReclassified, evolveIncidentReported } from './incidents/evolve-incidents';
import { decideAcknowledgeInstruction } from './instructions/decide-acknowledge-instruction';
import { decideIssueInstruction } from './instructions/decide-issue-instruction';
import { decidePassDownInstruction } from './instructions/decide-pass-down-instruction';
import {
  evolveInstructionAcknowledged,
  evolveInstructionIssued,
  evolveInstructionPassedDown,
} from './instructions/evolve-instructions';
import { decideOpenChain } from './opening/decide-open-chain';
import {
  decideAcknowledgeCoordinatorDirection,
  decideAcknowledgeHealthSafetyPlan,
  decideAppointCoordinator,
  decideRecordExecutionAgreement,
  decideDescribeConstructionProject,
  decideFileConstructionNotice,
  decideIssueCoordinatorDirection,
  decidePublishHealthSafetyPlan,
} from './construction/decide-construction';
import { evolveDuty } from './duties/evolve-duties';
import { decideDeliverRieExtract, decideRecordIncidentMeasures, decideResumeWork } from './lending/decide-lending-duties';
import { decideRecordDirectSupervision, decideSetLinkRequirements, decideStartWork } from './work/decide-work-duties';
import { evolveChainOpened } from './opening/evolve-chain-opened';
import {
  decideAssignCorrectiveAction,
  decideCommentOnCorrectiveAction,
  decideCompleteCorrectiveAction,
  decideReopenCorrectiveAction,
  decideVerifyCorrectiveAction,
} from './prevention/decide-corrective-actions';
import { evolvePrevention } from './prevention/evolve-prevention';
import { decideAttendToolboxMeeting, decideRecordToolboxAttendanceList, decideRecordToolboxMeeting } from './prevention/decide-toolbox';

export function decideChain(command: ChainCommand, state: ChainState): ChainEvent[] {
  const { metadata } = command;
  if (metadata.occurredAt !== undefined) assertOccurredAt(metadata.occurredAt, metadata.now);
  const chainId = command.data.chainId;
  switch (command.type) {
    case 'OpenChain':
      return decideOpenChain(command, state);
    case 'EngageParty':
      return decideEngageParty(command, requireOpened(state, chainId));
    case 'EndEngagement':
      return decideEndEngagement(command, requireOpened(state, chainId));
    case 'IssueSafetyInstruction':
      return decideIssueInstruction(command, requireOpened(state, chainId));
    case 'PassDownInstruction':
      return decidePassDownInstruction(command, requireOpened(state, chainId));
    case 'AcknowledgeInstruction':
      return decideAcknowledgeInstruction(command, requireOpened(state, chainId));
    case 'RecordVergewisCheck':
      return decideRecordVergewisCheck(command, requireOpened(state, chainId));
    case 'ReportIncident':
      return decideReportIncident(command, requireOpened(state, chainId));
    case 'NotifyIncident':
      return decideNotifyIncident(command, requireOpened(state, chainId));
    case 'ReclassifyIncident':
      return decideReclassifyIncident(command, requireOpened(state, chainId));
    case 'CorrectEntry':
      return decideCorrectEntry(command, requireOpened(state, chainId));
    case 'RetractEntry':
      return decideRetractEntry(command, requireOpened(state, chainId));
    case 'RecordIncidentMeasures':
      return decideRecordIncidentMeasures(command, requireOpened(state, chainId));
    case 'ResumeWork':
      return decideResumeWork(command, requireOpened(state, chainId));
    case 'DeliverRieExtract':
      return decideDeliverRieExtract(command, requireOpened(state, chainId));
    case 'StartWork':
      return decideStartWork(command, requireOpened(state, chainId));
    case 'RecordDirectSupervision':
      return decideRecordDirectSupervision(command, requireOpened(state, chainId));
    case 'SetLinkRequirements':
      return decideSetLinkRequirements(command, requireOpened(state, chainId));
    case 'DescribeConstructionProject':
      return decideDescribeConstructionProject(command, requireOpened(state, chainId));
    case 'FileConstructionNotice':
      return decideFileConstructionNotice(command, requireOpened(state, chainId));
    case 'PublishHealthSafetyPlan':
      return decidePublishHealthSafetyPlan(command, requireOpened(state, chainId));
    case 'AcknowledgeHealthSafetyPlan':
      return decideAcknowledgeHealthSafetyPlan(command, requireOpened(state, chainId));
    case 'AppointCoordinator':
      return decideAppointCoordinator(command, requireOpened(state, chainId));
    case 'RecordExecutionAgreement':
      return decideRecordExecutionAgreement(command, requireOpened(state, chainId));
    case 'IssueCoordinatorDirection':
      return decideIssueCoordinatorDirection(command, requireOpened(state, chainId));
    case 'AcknowledgeCoordinatorDirection':
      return decideAcknowledgeCoordinatorDirection(command, requireOpened(state, chainId));
    case 'AssignCorrectiveAction':
      return decideAssignCorrectiveAction(command, requireOpened(state, chainId));
    case 'CommentOnCorrectiveAction':
      return decideCommentOnCorrectiveAction(command, requireOpened(state, chainId));
    case 'CompleteCorrectiveAction':
      return decideCompleteCorrectiveAction(command, requireOpened(state, chainId));
    case 'VerifyCorrectiveAction':
      return decideVerifyCorrectiveAction(command, requireOpened(state, chainId));
    case 'ReopenCorrectiveAction':
      return decideReopenCorrectiveAction(command, requireOpened(state, chainId));
    case 'RecordToolboxMeeting':
      return decideRecordToolboxMeeting(command, requireOpened(state, chainId));
    case 'AttendToolboxMeeting':
      return decideAttendToolboxMeeting(command, requireOpened(state, chainId));
    case 'RecordToolboxAttendanceList':
      return decideRecordToolboxAttendanceList(command, requireOpened(state, chainId));
    default: {
      const unreachable: never = command;
      throw new TypeError(`unknown chain command ${(unreachable as { type: string }).type}`);
    }
  }
}

export function evolveChain(state: ChainState, event: ChainEvent): ChainState {
  if (event.type === 'ChainOpened') return state.status === 'Opened' ? state : evolveChainOpened(event);
  // nothing but ChainOpened can start a stream; anything else before it is ignored
  if (state.status !== 'Opened') return state;
  switch (event.type) {
    case 'PartyEngaged':
      return evolvePartyEngaged(state, event);
    case 'EngagementEnded':
      return evolveEngagementEnded(state, event);
    case 'SafetyInstructionIssued':
      return evolveInstructionIssued(state, event);
    case 'SafetyInstructionPassedDown':
      return evolveInstructionPassedDown(state, event);
    case 'SafetyInstructionAcknowledged':
      return evolveInstructionAcknowledged(state, event);
    case 'VergewisCheckRecorded':
      return evolveVergewisCheckRecorded(state, event);
    case 'IncidentReported':
      return evolveIncidentReported(state, event);
    case 'IncidentNotified':
      return evolveIncidentNotified(state, event);
    case 'IncidentReclassified':
      return evolveIncidentReclassified(state, event);
    case 'EntryCorrected':
      return evolveEntryCorrected(state, event);
    case 'EntryRetracted':
      return evolveEntryRetracted(state, event);
    case 'IncidentMeasuresRecorded':
    case 'WorkResumed':
    case 'RieExtractDelivered':
    case 'WorkStarted':
    case 'DirectSupervisionRecorded':
    case 'LinkRequirementsSet':
    case 'ConstructionProjectDescribed':
    case 'ConstructionNoticeFiled':
    case 'HealthSafetyPlanPublished':
    case 'HealthSafetyPlanAcknowledged':
    case 'CoordinatorAppointed':
    case 'ExecutionAgreementRecorded':
    case 'CoordinatorDirectionIssued':
    case 'CoordinatorDirectionAcknowledged':
      return evolveDuty(state, event);
    case 'WorkStartChecked':
    case 'CorrectiveActionAssigned':
    case 'CorrectiveActionCommented':
    case 'CorrectiveActionCompleted':
    case 'CorrectiveActionVerified':
    case 'CorrectiveActionReopened':
    case 'ToolboxMeetingRecorded':
    case 'ToolboxAttendanceRecorded':
      return evolvePrevention(state, event);
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/**
 * The chain aggregate, stream `chain-<chainId>`. Its evolve is linear in the events folded
 * (persistent collections, docs/adr/0010), so a plain reduce replays a long stream.
 */
export const chainDecider: Decider<ChainCommand, ChainEvent, ChainState> = {
  initialState: initialChainState,
  evolve: evolveChain,
  decide: decideChain,
};
