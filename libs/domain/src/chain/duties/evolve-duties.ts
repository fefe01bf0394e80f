import type { OpenedChain } from '../chain.state';
import { withDuty } from '../chain-collections';
import { stampOf } from '../chain-guards';
import type { DutyEvent } from './duty.events';
import type { DutiesState } from './duty.state';

const listOf: { [T in DutyEvent['type']]: keyof DutiesState } = {
  IncidentMeasuresRecorded: 'measures',
  WorkResumed: 'resumptions',
  RieExtractDelivered: 'rieExtracts',
  WorkStarted: 'workStarts',
  DirectSupervisionRecorded: 'supervisions',
  LinkRequirementsSet: 'requirements',
  ConstructionProjectDescribed: 'projectDescriptions',
  ConstructionNoticeFiled: 'notices',
  HealthSafetyPlanPublished: 'planVersions',
  HealthSafetyPlanAcknowledged: 'planAcknowledgements',
  CoordinatorAppointed: 'coordinators',
  ExecutionAgreementRecorded: 'executionAgreements',
  CoordinatorDirectionIssued: 'directions',
  CoordinatorDirectionAcknowledged: 'directionAcknowledgements',
};

/** Every duty event appends its data (with its stamp) to its list. */
export function evolveDuty(state: OpenedChain, event: DutyEvent): OpenedChain {
  return withDuty(state, listOf[event.type], { ...event.data, stamp: stampOf(event) } as DutiesState[keyof DutiesState][number]);
}
