import type { CertificateScheme } from '../../credentials/credential.events';
import type { DomainEvent } from '../../shared/messages';
import type { IncidentId, IsoDate, LinkId, PartyId, Sha256Hex, WorkerId } from '../../shared/values';
import type { Evidence } from '../chain.events';

// Events of the duties around incidents, lent workers, work on site and the construction process
// (stream `chain-<chainId>`). The rules engine (libs/domain/src/compliance) reads them.

export const coordinatorPhases = ['DESIGN', 'EXECUTION'] as const;

/** Works with special hazards, after Annex II of Directive 92/57/EEC: each makes a V&G plan required (Arbobesluit 2.28(1)). */
export const specialHazards = [
  'FALL_FROM_HEIGHT',
  'BURIAL_OR_SINKING',
  'CHEMICAL_OR_BIOLOGICAL_AGENTS',
  'IONISING_RADIATION',
  'HIGH_VOLTAGE_LINES',
  'DROWNING',
  'WELLS_TUNNELS_UNDERGROUND',
  'DIVING',
  'COMPRESSED_AIR',
  'EXPLOSIVES',
  'HEAVY_PREFABRICATED_ELEMENTS',
] as const;
export type SpecialHazard = (typeof specialHazards)[number];
export type CoordinatorPhase = (typeof coordinatorPhases)[number];

export type IncidentMeasuresRecorded = DomainEvent<
  'IncidentMeasuresRecorded',
  {
    incidentId: IncidentId;
    recordedByPartyId: PartyId;
    description: string;
    evidence: Evidence[];
    /** Whose personal data the free texts are (the victim, a checked worker): their key encrypts them. Absent on older events. */
    dataSubjectId?: string | null;
  }
>;

export type WorkResumed = DomainEvent<
  'WorkResumed',
  { incidentId: IncidentId; resumedByPartyId: PartyId; victimPartyId: PartyId; victimWorkerId: WorkerId | null }
>;

export type RieExtractDelivered = DomainEvent<
  'RieExtractDelivered',
  { linkId: LinkId; fromPartyId: PartyId; toPartyId: PartyId; contentHash: Sha256Hex; summary: string }
>;

export type WorkStarted = DomainEvent<
  'WorkStarted',
  { workStartId: string; linkId: LinkId; partyId: PartyId; workerId: WorkerId; topics: string[]; startedByPartyId: PartyId }
>;

/** A party directs or supervises a zzp'er's work directly: a sign of gezag (NL-GEZAG-SIGNAL). */
export type DirectSupervisionRecorded = DomainEvent<
  'DirectSupervisionRecorded',
  { linkId: LinkId; supervisorPartyId: PartyId; selfEmployedPartyId: PartyId; description: string; recordedByPartyId: PartyId }
>;

export type LinkRequirementsSet = DomainEvent<
  'LinkRequirementsSet',
  {
    linkId: LinkId;
    setByPartyId: PartyId;
    minimumCertificate: CertificateScheme | null;
    minimumLadderStep: number | null;
    /** Whether the engaged party may subcontract; when it does, VCA** is the minimum. */
    maySubcontract: boolean;
    workerDiplomaRequired: boolean;
  }
>;

export type ConstructionProjectDescribed = DomainEvent<
  'ConstructionProjectDescribed',
  {
    estimatedWorkingDays: number;
    peakSimultaneousWorkers: number;
    personDays: number;
    plannedSiteStart: IsoDate;
    /** Annex II hazards of the works; entries recorded before this field read as none. */
    specialHazards: SpecialHazard[];
    describedByPartyId: PartyId;
  }
>;

export type ConstructionNoticeFiled = DomainEvent<
  'ConstructionNoticeFiled',
  { noticeNumber: number; reference: string; filedByPartyId: PartyId }
>;

export type HealthSafetyPlanPublished = DomainEvent<
  'HealthSafetyPlanPublished',
  { version: number; contentHash: Sha256Hex; summary: string; publishedByPartyId: PartyId }
>;

export type HealthSafetyPlanAcknowledged = DomainEvent<'HealthSafetyPlanAcknowledged', { version: number; partyId: PartyId }>;

export type CoordinatorAppointed = DomainEvent<
  'CoordinatorAppointed',
  { phase: CoordinatorPhase; coordinatorPartyId: PartyId; appointedByPartyId: PartyId }
>;

/** The principal records that its written agreement with the uitvoerende partij exists (Arbobesluit 2.32(2)). */
export type ExecutionAgreementRecorded = DomainEvent<
  'ExecutionAgreementRecorded',
  { uitvoerendePartyId: PartyId; reference: string; recordedByPartyId: PartyId }
>;

export type CoordinatorDirectionIssued = DomainEvent<
  'CoordinatorDirectionIssued',
  { directionId: string; coordinatorPartyId: PartyId; addresseePartyIds: PartyId[]; text: string }
>;

export type CoordinatorDirectionAcknowledged = DomainEvent<
  'CoordinatorDirectionAcknowledged',
  { directionId: string; partyId: PartyId }
>;

export type DutyEvent =
  | IncidentMeasuresRecorded
  | WorkResumed
  | RieExtractDelivered
  | WorkStarted
  | DirectSupervisionRecorded
  | LinkRequirementsSet
  | ConstructionProjectDescribed
  | ConstructionNoticeFiled
  | HealthSafetyPlanPublished
  | HealthSafetyPlanAcknowledged
  | CoordinatorAppointed
  | ExecutionAgreementRecorded
  | CoordinatorDirectionIssued
  | CoordinatorDirectionAcknowledged;

export const dutyEventTypes = [
  'IncidentMeasuresRecorded',
  'WorkResumed',
  'RieExtractDelivered',
  'WorkStarted',
  'DirectSupervisionRecorded',
  'LinkRequirementsSet',
  'ConstructionProjectDescribed',
  'ConstructionNoticeFiled',
  'HealthSafetyPlanPublished',
  'HealthSafetyPlanAcknowledged',
  'CoordinatorAppointed',
  'ExecutionAgreementRecorded',
  'CoordinatorDirectionIssued',
  'CoordinatorDirectionAcknowledged',
] as const satisfies readonly DutyEvent['type'][];
