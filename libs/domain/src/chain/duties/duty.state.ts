import type { EntryStamp } from '../chain.state';
import type {
  ConstructionNoticeFiled,
  ConstructionProjectDescribed,
  CoordinatorAppointed,
  CoordinatorDirectionAcknowledged,
  CoordinatorDirectionIssued,
  DirectSupervisionRecorded,
  ExecutionAgreementRecorded,
  HealthSafetyPlanAcknowledged,
  HealthSafetyPlanPublished,
  IncidentMeasuresRecorded,
  LinkRequirementsSet,
  RieExtractDelivered,
  WorkResumed,
  WorkStarted,
} from './duty.events';

/** An event's data with who recorded it and when. */
export type Recorded<E extends { data: unknown }> = E['data'] & { stamp: EntryStamp };

/** What the duty commands need to decide, in the order recorded. */
export type DutiesState = {
  measures: Recorded<IncidentMeasuresRecorded>[];
  resumptions: Recorded<WorkResumed>[];
  rieExtracts: Recorded<RieExtractDelivered>[];
  workStarts: Recorded<WorkStarted>[];
  supervisions: Recorded<DirectSupervisionRecorded>[];
  requirements: Recorded<LinkRequirementsSet>[];
  projectDescriptions: Recorded<ConstructionProjectDescribed>[];
  notices: Recorded<ConstructionNoticeFiled>[];
  planVersions: Recorded<HealthSafetyPlanPublished>[];
  planAcknowledgements: Recorded<HealthSafetyPlanAcknowledged>[];
  coordinators: Recorded<CoordinatorAppointed>[];
  executionAgreements: Recorded<ExecutionAgreementRecorded>[];
  directions: Recorded<CoordinatorDirectionIssued>[];
  directionAcknowledgements: Recorded<CoordinatorDirectionAcknowledged>[];
};

export function initialDutiesState(): DutiesState {
  return {
    measures: [],
    resumptions: [],
    rieExtracts: [],
    workStarts: [],
    supervisions: [],
    requirements: [],
    projectDescriptions: [],
    notices: [],
    planVersions: [],
    planAcknowledgements: [],
    coordinators: [],
    executionAgreements: [],
    directions: [],
    directionAcknowledgements: [],
  };
}
