import type { DomainEvent } from '../shared/messages';
import type { DutyEvent } from './duties/duty.events';
import { dutyEventTypes } from './duties/duty.events';
import type { PreventionEvent } from './prevention/prevention.events';
import { preventionEventTypes } from './prevention/prevention.events';
import type { ToolboxEvent } from './prevention/toolbox.events';
import { toolboxEventTypes } from './prevention/toolbox.events';
import type {
  ChainId,
  CheckId,
  EventId,
  IncidentId,
  InstructionId,
  IsoDate,
  IsoInstant,
  LanguageCode,
  LinkId,
  PartyId,
  PartyKind,
  Sha256Hex,
  WorkerId,
} from '../shared/values';

export const linkKinds = ['SUBCONTRACT', 'SELF_EMPLOYED', 'LENDING', 'SUPPLY'] as const;
export type LinkKind = (typeof linkKinds)[number];

// GEZAG_ASSESSMENT: the engaging party's judgement whether a zzp'er works under its gezag (settles NL-GEZAG-SIGNAL)
export const checkSubjects = ['CERTIFICATE', 'INSTRUCTION_RECEIVED', 'MEASURES_TAKEN', 'GEZAG_ASSESSMENT', 'OTHER'] as const;
export type CheckSubject = (typeof checkSubjects)[number];

export const checkOutcomes = ['CONFIRMED', 'NOT_CONFIRMED'] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

export const incidentKinds = ['NEAR_MISS', 'ACCIDENT'] as const;
export type IncidentKind = (typeof incidentKinds)[number];

export const incidentSeverities = ['NONE', 'ABSENCE', 'HOSPITAL_ADMISSION', 'PERMANENT_INJURY', 'DEATH'] as const;
export type IncidentSeverity = (typeof incidentSeverities)[number];

export const victimRelations = ['EMPLOYEE', 'LENT_WORKER', 'SELF_EMPLOYED_UNDER_AUTHORITY', 'SELF_EMPLOYED'] as const;
export type VictimRelation = (typeof victimRelations)[number];

export const notificationChannels = ['PHONE', 'ONLINE', 'EMAIL', 'OTHER'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

export const authorities = ['NLA'] as const;
export type Authority = (typeof authorities)[number];

export type InstructionContent = { language: LanguageCode; title: string; body: string };
/** A document by its name and SHA-256 (the document stays with the party); its size in bytes when the client gave it. */
export type Evidence = { name: string; sha256: Sha256Hex; sizeBytes?: number };
export type IncidentVictim = { partyId: PartyId; workerId: WorkerId | null; linkId: LinkId | null };
export type NotificationRecipient = { kind: 'PARTY'; partyId: PartyId } | { kind: 'AUTHORITY'; authority: Authority };

/** What kind of works the chain is for: the construction rules (Arbobesluit 2.26–2.35) apply to CONSTRUCTION only. */
export const chainSectors = ['CONSTRUCTION', 'TRANSPORT', 'OTHER'] as const;
export type ChainSector = (typeof chainSectors)[number];

/** Stream `chain-<chainId>`. */
export type ChainOpened = DomainEvent<
  'ChainOpened',
  {
    chainId: ChainId;
    name: string;
    description: string;
    siteAddress: string | null;
    principalPartyId: PartyId;
    /** Entries recorded before this field read as CONSTRUCTION. */
    sector: ChainSector;
  }
>;

export type PartyEngaged = DomainEvent<
  'PartyEngaged',
  {
    linkId: LinkId;
    fromPartyId: PartyId;
    toPartyId: PartyId;
    /** Kind of the engaged party when it was engaged (a SELF_EMPLOYED link engages a PERSON). */
    toPartyKind: PartyKind;
    kind: LinkKind;
    scope: string;
    /** Gezag: the from-party directs the work; always true for LENDING, false for SUBCONTRACT/SUPPLY. */
    underAuthority: boolean;
    startDate: IsoDate;
  }
>;

export type EngagementEnded = DomainEvent<
  'EngagementEnded',
  { linkId: LinkId; endDate: IsoDate; reason: string; endedByPartyId: PartyId }
>;

export type SafetyInstructionIssued = DomainEvent<
  'SafetyInstructionIssued',
  {
    instructionId: InstructionId;
    /** 1 for a new instruction, n+1 for a new version of it. */
    version: number;
    issuerPartyId: PartyId;
    content: InstructionContent[];
    topics: string[];
    contentHash: Sha256Hex;
  }
>;

export type SafetyInstructionPassedDown = DomainEvent<
  'SafetyInstructionPassedDown',
  { instructionId: InstructionId; version: number; linkId: LinkId; fromPartyId: PartyId; toPartyId: PartyId }
>;

/**
 * How an acknowledgement came in: the party's or worker's own account (OWN_ACCOUNT), a worker's
 * personal link or QR code (LINK), or a manager entering it on the worker's behalf (PROXY).
 */
export const acknowledgementChannels = ['OWN_ACCOUNT', 'LINK', 'PROXY'] as const;
export type AcknowledgementChannel = (typeof acknowledgementChannels)[number];

export type SafetyInstructionAcknowledged = DomainEvent<
  'SafetyInstructionAcknowledged',
  {
    instructionId: InstructionId;
    version: number;
    partyId: PartyId;
    workerId: WorkerId | null;
    language: LanguageCode;
    /** false: the worker does not read the language acknowledged in (recorded, but no evidence of instruction). */
    understood: boolean;
    /** Absent on older events: read with channelOfAcknowledgement. */
    channel?: AcknowledgementChannel;
    /** LINK only: SHA-256 (hex) of the link id; the link itself is never stored. */
    linkIdHash?: string | null;
    /** LINK only: the browser's User-Agent, as sent (truncated). */
    userAgent?: string | null;
  }
>;

export type VergewisCheckRecorded = DomainEvent<
  'VergewisCheckRecorded',
  {
    checkId: CheckId;
    checkerPartyId: PartyId;
    subjectPartyId: PartyId;
    subjectWorkerId: WorkerId | null;
    subject: CheckSubject;
    outcome: CheckOutcome;
    summary: string;
    evidence: Evidence[];
    validUntil: IsoDate | null;
    relatedIncidentId: IncidentId | null;
    relatedInstructionId: InstructionId | null;
  }
>;

export type IncidentReported = DomainEvent<
  'IncidentReported',
  {
    incidentId: IncidentId;
    reporterPartyId: PartyId;
    kind: IncidentKind;
    happenedAt: IsoInstant;
    location: string;
    description: string;
    topics: string[];
    victim: IncidentVictim | null;
    severity: IncidentSeverity;
    absenceDays: number;
    /** Derived from the victim's link: LENDING → LENT_WORKER, SELF_EMPLOYED (+gezag), else EMPLOYEE; null without victim. */
    victimRelation: VictimRelation | null;
    /** The party holding gezag over the victim (who must report to the NLA); null without victim. */
    authorityHolderPartyId: PartyId | null;
  }
>;

export type IncidentNotified = DomainEvent<
  'IncidentNotified',
  {
    incidentId: IncidentId;
    notifierPartyId: PartyId;
    recipient: NotificationRecipient;
    channel: NotificationChannel;
    reference: string | null;
  }
>;

export type IncidentReclassified = DomainEvent<
  'IncidentReclassified',
  {
    incidentId: IncidentId;
    severity: IncidentSeverity;
    absenceDays: number;
    previousSeverity: IncidentSeverity;
    previousAbsenceDays: number;
    becameKnownAt: IsoInstant;
    reason: string;
    reclassifiedByPartyId: PartyId;
    /** Whose personal data the free texts are (the victim, a checked worker): their key encrypts them. Absent on older events. */
    dataSubjectId?: string | null;
  }
>;

export type EntryCorrected = DomainEvent<
  'EntryCorrected',
  {
    targetEventId: EventId;
    targetType: ChainEventType;
    reason: string;
    /** Field → new value. */
    changes: Record<string, unknown>;
    /** Field → value before this correction. */
    previousValues: Record<string, unknown>;
    correctedByPartyId: PartyId;
    /** Whose personal data the free texts are (the victim, a checked worker): their key encrypts them. Absent on older events. */
    dataSubjectId?: string | null;
  }
>;

export type EntryRetracted = DomainEvent<
  'EntryRetracted',
  { targetEventId: EventId; targetType: ChainEventType; reason: string; retractedByPartyId: PartyId }
>;

export type ChainEvent =
  | ChainOpened
  | PartyEngaged
  | EngagementEnded
  | SafetyInstructionIssued
  | SafetyInstructionPassedDown
  | SafetyInstructionAcknowledged
  | VergewisCheckRecorded
  | IncidentReported
  | IncidentNotified
  | IncidentReclassified
  | EntryCorrected
  | EntryRetracted
  | DutyEvent
  | PreventionEvent
  | ToolboxEvent;

export type ChainEventType = ChainEvent['type'];

export const chainEventTypes = [
  'ChainOpened',
  'PartyEngaged',
  'EngagementEnded',
  'SafetyInstructionIssued',
  'SafetyInstructionPassedDown',
  'SafetyInstructionAcknowledged',
  'VergewisCheckRecorded',
  'IncidentReported',
  'IncidentNotified',
  'IncidentReclassified',
  'EntryCorrected',
  'EntryRetracted',
  ...dutyEventTypes,
  ...preventionEventTypes,
  ...toolboxEventTypes,
] as const satisfies readonly ChainEventType[];

export const chainStreamCategory = 'chain';
export function chainStreamId(chainId: ChainId): string {
  return `${chainStreamCategory}-${chainId}`;
}
