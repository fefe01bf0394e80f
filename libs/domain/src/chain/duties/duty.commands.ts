import type { CertificateScheme } from '../../credentials/credential.events';
import type { DomainCommand } from '../../shared/messages';
import type { ChainId, IncidentId, LinkId, PartyId, ResolvedParty, ResolvedWorker, WorkerId } from '../../shared/values';
import type { Evidence } from '../chain.events';
import type { CoordinatorPhase } from './duty.events';
import type { StartGate } from '../prevention/prevention.commands';

export type RecordIncidentMeasures = DomainCommand<
  'RecordIncidentMeasures',
  { chainId: ChainId; incidentId: IncidentId; description: string; evidence: Evidence[] }
>;

export type ResumeWork = DomainCommand<'ResumeWork', { chainId: ChainId; incidentId: IncidentId }>;

export type DeliverRieExtract = DomainCommand<
  'DeliverRieExtract',
  { chainId: ChainId; linkId: LinkId; contentHash: string; summary: string }
>;

export type StartWork = DomainCommand<
  'StartWork',
  {
    chainId: ChainId;
    workStartId: string;
    linkId: LinkId;
    workerId: WorkerId;
    worker: ResolvedWorker | null;
    topics: string[];
    /** Set when the start goes through the gate: the start check's result and any override. */
    gate?: StartGate | null;
  }
>;

export type RecordDirectSupervision = DomainCommand<
  'RecordDirectSupervision',
  { chainId: ChainId; linkId: LinkId; supervisorPartyId: PartyId; description: string }
>;

export type SetLinkRequirements = DomainCommand<
  'SetLinkRequirements',
  {
    chainId: ChainId;
    linkId: LinkId;
    minimumCertificate: CertificateScheme | null;
    minimumLadderStep: number | null;
    maySubcontract: boolean;
    workerDiplomaRequired: boolean;
  }
>;

export type DescribeConstructionProject = DomainCommand<
  'DescribeConstructionProject',
  {
    chainId: ChainId;
    estimatedWorkingDays: number;
    peakSimultaneousWorkers: number;
    personDays: number;
    plannedSiteStart: string;
    specialHazards: readonly string[];
  }
>;

export type FileConstructionNotice = DomainCommand<'FileConstructionNotice', { chainId: ChainId; reference: string }>;

export type PublishHealthSafetyPlan = DomainCommand<
  'PublishHealthSafetyPlan',
  { chainId: ChainId; contentHash: string; summary: string }
>;

export type AcknowledgeHealthSafetyPlan = DomainCommand<'AcknowledgeHealthSafetyPlan', { chainId: ChainId; version: number }>;

export type RecordExecutionAgreement = DomainCommand<
  'RecordExecutionAgreement',
  { chainId: ChainId; uitvoerendePartyId: PartyId; reference: string }
>;

export type AppointCoordinator = DomainCommand<
  'AppointCoordinator',
  { chainId: ChainId; phase: CoordinatorPhase; coordinatorPartyId: PartyId; coordinator: ResolvedParty | null }
>;

export type IssueCoordinatorDirection = DomainCommand<
  'IssueCoordinatorDirection',
  { chainId: ChainId; directionId: string; addresseePartyIds: PartyId[]; text: string }
>;

export type AcknowledgeCoordinatorDirection = DomainCommand<
  'AcknowledgeCoordinatorDirection',
  { chainId: ChainId; directionId: string }
>;

export type DutyCommand =
  | RecordIncidentMeasures
  | ResumeWork
  | DeliverRieExtract
  | StartWork
  | RecordDirectSupervision
  | SetLinkRequirements
  | DescribeConstructionProject
  | FileConstructionNotice
  | PublishHealthSafetyPlan
  | AcknowledgeHealthSafetyPlan
  | AppointCoordinator
  | RecordExecutionAgreement
  | IssueCoordinatorDirection
  | AcknowledgeCoordinatorDirection;
