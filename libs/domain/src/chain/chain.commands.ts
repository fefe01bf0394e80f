import type { DomainCommand } from '../shared/messages';
import type { DutyCommand } from './duties/duty.commands';
import type { PreventionCommand } from './prevention/prevention.commands';
import type { ToolboxCommand } from './prevention/toolbox.commands';
import type {
  ChainId,
  CheckId,
  EventId,
  IncidentId,
  InstructionId,
  LinkId,
  PartyId,
  ResolvedParty,
  ResolvedWorker,
  WorkerId,
} from '../shared/values';
import type {
  CheckOutcome,
  CheckSubject,
  Evidence,
  IncidentKind,
  IncidentSeverity,
  IncidentVictim,
  InstructionContent,
  LinkKind,
  NotificationChannel,
  NotificationRecipient,
} from './chain.events';

// Facts from other streams (parties, workers) are resolved by the application and passed in:
// `null` means "no such party/worker".

export type OpenChain = DomainCommand<
  'OpenChain',
  {
    chainId: ChainId;
    name: string;
    description: string;
    siteAddress: string | null;
    principalPartyId: PartyId;
    principal: ResolvedParty | null;
    /** Default CONSTRUCTION. */
    sector?: string | null;
  }
>;

export type EngageParty = DomainCommand<
  'EngageParty',
  {
    chainId: ChainId;
    linkId: LinkId;
    engagedPartyId: PartyId;
    engagedParty: ResolvedParty | null;
    kind: LinkKind;
    scope: string;
    underAuthority: boolean;
    startDate: string;
  }
>;

export type EndEngagement = DomainCommand<
  'EndEngagement',
  { chainId: ChainId; linkId: LinkId; endDate: string; reason: string }
>;

export type IssueSafetyInstruction = DomainCommand<
  'IssueSafetyInstruction',
  {
    chainId: ChainId;
    /** Id of a new instruction; when superseding, the new version keeps the superseded instruction's id. */
    instructionId: InstructionId;
    supersedesInstructionId: InstructionId | null;
    content: InstructionContent[];
    topics: string[];
    /** SHA-256 (lowercase hex) over the canonical content, computed by the application. */
    contentHash: string;
  }
>;

export type PassDownInstruction = DomainCommand<
  'PassDownInstruction',
  { chainId: ChainId; instructionId: InstructionId; version: number; linkId: LinkId }
>;

export type AcknowledgeInstruction = DomainCommand<
  'AcknowledgeInstruction',
  {
    chainId: ChainId;
    instructionId: InstructionId;
    version: number;
    /** null: the acting party acknowledges for itself. */
    workerId: WorkerId | null;
    worker: ResolvedWorker | null;
    language: string;
    /** Set when the worker acknowledges by a personal link (verified by the application first). */
    link?: { linkIdHash: string; userAgent: string | null } | null;
  }
>;

export type RecordVergewisCheck = DomainCommand<
  'RecordVergewisCheck',
  {
    chainId: ChainId;
    checkId: CheckId;
    subjectPartyId: PartyId;
    subjectWorkerId: WorkerId | null;
    subjectWorker: ResolvedWorker | null;
    subject: CheckSubject;
    outcome: CheckOutcome;
    summary: string;
    evidence: Evidence[];
    validUntil: string | null;
    relatedIncidentId: IncidentId | null;
    relatedInstructionId: InstructionId | null;
  }
>;

export type ReportIncident = DomainCommand<
  'ReportIncident',
  {
    chainId: ChainId;
    incidentId: IncidentId;
    kind: IncidentKind;
    happenedAt: string;
    location: string;
    description: string;
    topics: string[];
    victim: IncidentVictim | null;
    /** The victim's worker as the application resolved it from the victim party's stream; null when not found there. */
    victimWorker: ResolvedWorker | null;
    severity: IncidentSeverity;
    absenceDays: number;
  }
>;

export type NotifyIncident = DomainCommand<
  'NotifyIncident',
  {
    chainId: ChainId;
    incidentId: IncidentId;
    recipient: NotificationRecipient;
    channel: NotificationChannel;
    reference: string | null;
  }
>;

export type ReclassifyIncident = DomainCommand<
  'ReclassifyIncident',
  {
    chainId: ChainId;
    incidentId: IncidentId;
    severity: IncidentSeverity;
    absenceDays: number;
    becameKnownAt: string;
    reason: string;
  }
>;

export type CorrectEntry = DomainCommand<
  'CorrectEntry',
  { chainId: ChainId; targetEventId: EventId; reason: string; changes: Record<string, unknown> }
>;

export type RetractEntry = DomainCommand<'RetractEntry', { chainId: ChainId; targetEventId: EventId; reason: string }>;

export type ChainCommand =
  | OpenChain
  | EngageParty
  | EndEngagement
  | IssueSafetyInstruction
  | PassDownInstruction
  | AcknowledgeInstruction
  | RecordVergewisCheck
  | ReportIncident
  | NotifyIncident
  | ReclassifyIncident
  | CorrectEntry
  | RetractEntry
  | DutyCommand
  | PreventionCommand
  | ToolboxCommand;

export type ChainCommandType = ChainCommand['type'];
