import { Conflict, Invalid, NotAllowed, NotFound, RuleViolated } from '../../shared/errors';
import { requireIsoDate } from '../../shared/time';
import { requireOneOf, requireText } from '../../shared/values';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain, actingPartyOf, PartyMustBeInChain } from '../chain-guards';
import type {
  AcknowledgeCoordinatorDirection,
  AcknowledgeHealthSafetyPlan,
  AppointCoordinator,
  DescribeConstructionProject,
  FileConstructionNotice,
  IssueCoordinatorDirection,
  PublishHealthSafetyPlan,
  RecordExecutionAgreement,
} from '../duties/duty.commands';
import {
  coordinatorPhases,
  specialHazards as specialHazardList,
  type ConstructionNoticeFiled,
  type ConstructionProjectDescribed,
  type CoordinatorAppointed,
  type CoordinatorDirectionAcknowledged,
  type CoordinatorDirectionIssued,
  type ExecutionAgreementRecorded,
  type HealthSafetyPlanAcknowledged,
  type HealthSafetyPlanPublished,
} from '../duties/duty.events';
import { OnlyPrincipalForConstruction, requireContentHash } from '../duties/duty-guards';
import { isUitvoerendePartij } from './uitvoerende-partij';

function requireCount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Invalid('CONSTRUCTION_FIGURE_INVALID', { field, value: String(value) });
  }
  return value;
}

export function isCoordinator(state: OpenedChain, partyId: string): boolean {
  return state.duties.coordinators.some((c) => c.coordinatorPartyId === partyId);
}

export function decideDescribeConstructionProject(
  command: DescribeConstructionProject,
  state: OpenedChain,
): ConstructionProjectDescribed[] {
  const estimatedWorkingDays = requireCount(command.data.estimatedWorkingDays, 'estimatedWorkingDays');
  const peakSimultaneousWorkers = requireCount(command.data.peakSimultaneousWorkers, 'peakSimultaneousWorkers');
  const personDays = requireCount(command.data.personDays, 'personDays');
  const plannedSiteStart = requireIsoDate(command.data.plannedSiteStart, 'plannedSiteStart');
  const hazards = Array.isArray(command.data.specialHazards) ? command.data.specialHazards : [];
  const specialHazards = [...new Set(hazards.map((h) => requireOneOf(h, specialHazardList, 'specialHazards')))];
  const partyId = actingPartyOf(command.metadata);
  OnlyPrincipalForConstruction(state, partyId);
  return [
    {
      type: 'ConstructionProjectDescribed',
      data: { estimatedWorkingDays, peakSimultaneousWorkers, personDays, plannedSiteStart, specialHazards, describedByPartyId: partyId },
    },
  ];
}

/** A prior notice (or its update) reports the project as described: describe it first. */
export function NoticeNeedsProjectDescription(state: OpenedChain): void {
  if (state.duties.projectDescriptions.length === 0) {
    throw new RuleViolated('CONSTRUCTION_PROJECT_NOT_DESCRIBED', { chainId: state.chainId }, 'NoticeNeedsProjectDescription');
  }
}

export function decideFileConstructionNotice(command: FileConstructionNotice, state: OpenedChain): ConstructionNoticeFiled[] {
  const reference = requireText(command.data.reference, 'reference');
  const partyId = actingPartyOf(command.metadata);
  OnlyPrincipalForConstruction(state, partyId);
  NoticeNeedsProjectDescription(state);
  return [{ type: 'ConstructionNoticeFiled', data: { noticeNumber: state.duties.notices.length + 1, reference, filedByPartyId: partyId } }];
}

export function decidePublishHealthSafetyPlan(command: PublishHealthSafetyPlan, state: OpenedChain): HealthSafetyPlanPublished[] {
  const contentHash = requireContentHash(command.data.contentHash);
  const summary = requireText(command.data.summary, 'summary');
  const partyId = actingPartyOf(command.metadata);
  // the principal has the plan drawn up; an appointed coordinator keeps it up to date
  if (!isCoordinator(state, partyId)) OnlyPrincipalForConstruction(state, partyId);
  return [
    {
      type: 'HealthSafetyPlanPublished',
      data: { version: state.duties.planVersions.length + 1, contentHash, summary, publishedByPartyId: partyId },
    },
  ];
}

/** Only the current plan version can be acknowledged; an older acknowledgement is stale. */
export function PlanVersionMustBeCurrent(state: OpenedChain, version: number): void {
  const current = state.duties.planVersions.length;
  if (version !== current || current === 0) {
    throw new RuleViolated('PLAN_VERSION_NOT_CURRENT', { version, currentVersion: current }, 'PlanVersionMustBeCurrent');
  }
}

export function decideAcknowledgeHealthSafetyPlan(command: AcknowledgeHealthSafetyPlan, state: OpenedChain): HealthSafetyPlanAcknowledged[] {
  const { version } = command.data;
  const partyId = actingPartyInChain(state, command.metadata);
  PlanVersionMustBeCurrent(state, version);
  if (state.duties.planAcknowledgements.some((a) => a.version === version && a.partyId === partyId)) {
    throw new Conflict('PLAN_ALREADY_ACKNOWLEDGED', { version, partyId });
  }
  return [{ type: 'HealthSafetyPlanAcknowledged', data: { version, partyId } }];
}

export function decideAppointCoordinator(command: AppointCoordinator, state: OpenedChain): CoordinatorAppointed[] {
  const phase = requireOneOf(command.data.phase, coordinatorPhases, 'phase');
  const { coordinatorPartyId, coordinator } = command.data;
  const partyId = actingPartyOf(command.metadata);
  // the principal appoints the design-phase coordinator, the uitvoerende partij the execution-phase one
  if (phase === 'DESIGN' || !isUitvoerendePartij(state, partyId)) OnlyPrincipalForConstruction(state, partyId);
  if (coordinator === null || coordinator.partyId !== coordinatorPartyId) throw new NotFound('PARTY_NOT_FOUND', { partyId: coordinatorPartyId });
  return [{ type: 'CoordinatorAppointed', data: { phase, coordinatorPartyId, appointedByPartyId: partyId } }];
}

/** The written agreement is with a party the principal engaged for the works (the uitvoerende partij). */
export function AgreementWithUitvoerendePartij(state: OpenedChain, partyId: string): void {
  if (!isUitvoerendePartij(state, partyId)) {
    throw new RuleViolated('CONSTRUCTION_NOT_UITVOERENDE_PARTIJ', { partyId }, 'AgreementWithUitvoerendePartij');
  }
}

export function decideRecordExecutionAgreement(command: RecordExecutionAgreement, state: OpenedChain): ExecutionAgreementRecorded[] {
  const reference = requireText(command.data.reference, 'reference');
  const partyId = actingPartyOf(command.metadata);
  OnlyPrincipalForConstruction(state, partyId);
  AgreementWithUitvoerendePartij(state, command.data.uitvoerendePartyId);
  return [{ type: 'ExecutionAgreementRecorded', data: { uitvoerendePartyId: command.data.uitvoerendePartyId, reference, recordedByPartyId: partyId } }];
}

export function OnlyCoordinatorDirects(state: OpenedChain, partyId: string): void {
  if (!isCoordinator(state, partyId)) throw new NotAllowed('DIRECTION_NOT_COORDINATOR', { partyId }, 'OnlyCoordinatorDirects');
}

export function decideIssueCoordinatorDirection(command: IssueCoordinatorDirection, state: OpenedChain): CoordinatorDirectionIssued[] {
  const text = requireText(command.data.text, 'text');
  const addressees = Array.isArray(command.data.addresseePartyIds) ? [...new Set(command.data.addresseePartyIds)] : [];
  if (addressees.length === 0) throw new Invalid('INPUT_REQUIRED', { field: 'addresseePartyIds' });
  const partyId = actingPartyOf(command.metadata);
  OnlyCoordinatorDirects(state, partyId);
  for (const addressee of addressees) PartyMustBeInChain(state, addressee);
  return [
    {
      type: 'CoordinatorDirectionIssued',
      data: { directionId: command.data.directionId, coordinatorPartyId: partyId, addresseePartyIds: addressees, text },
    },
  ];
}

export function decideAcknowledgeCoordinatorDirection(
  command: AcknowledgeCoordinatorDirection,
  state: OpenedChain,
): CoordinatorDirectionAcknowledged[] {
  const { directionId } = command.data;
  const partyId = actingPartyOf(command.metadata);
  const direction = state.duties.directions.find((d) => d.directionId === directionId);
  if (!direction) throw new NotFound('DIRECTION_NOT_FOUND', { directionId });
  if (!direction.addresseePartyIds.includes(partyId)) throw new NotAllowed('DIRECTION_NOT_ADDRESSED', { directionId, partyId });
  if (state.duties.directionAcknowledgements.some((a) => a.directionId === directionId && a.partyId === partyId)) {
    throw new Conflict('DIRECTION_ALREADY_ACKNOWLEDGED', { directionId, partyId });
  }
  return [{ type: 'CoordinatorDirectionAcknowledged', data: { directionId, partyId } }];
}
