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
  measures: readonly Recorded<IncidentMeasuresRecorded>[];
  resumptions: readonly Recorded<WorkResumed>[];
  rieExtracts: readonly Recorded<RieExtractDelivered>[];
  workStarts: readonly Recorded<WorkStarted>[];
  supervisions: readonly Recorded<DirectSupervisionRecorded>[];
  requirements: readonly Recorded<LinkRequirementsSet>[];
  projectDescriptions: readonly Recorded<ConstructionProjectDescribed>[];
  notices: readonly Recorded<ConstructionNoticeFiled>[];
  planVersions: readonly Recorded<HealthSafetyPlanPublished>[];
  planAcknowledgements: readonly Recorded<HealthSafetyPlanAcknowledged>[];
  coordinators: readonly Recorded<CoordinatorAppointed>[];
  executionAgreements: readonly Recorded<ExecutionAgreementRecorded>[];
  directions: readonly Recorded<CoordinatorDirectionIssued>[];
  directionAcknowledgements: readonly Recorded<CoordinatorDirectionAcknowledged>[];
};
