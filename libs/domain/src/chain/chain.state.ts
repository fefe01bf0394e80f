import type { ImportMark } from '../shared/messages';
import type { AcknowledgementChannel } from './chain.events';
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
  WorkerId,
} from '../shared/values';
import type {
  ChainEventType,
  ChainSector,
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
  VictimRelation,
} from './chain.events';
import type { DutiesState } from './duties/duty.state';
import type { PreventionState } from './prevention/prevention.state';

// The collections that grow with every event (links, instructions, checks, incidents, an
// instruction's pass-downs and acknowledgements, the duty lists) are persistent lists inside
// (chain-record.ts, instruction-record.ts, duties-record.ts): evolve appends or replaces an item
// in O(log n), sharing the rest with the state it was given. Readers see frozen arrays, built on
// the first read of each version. Look items up with linkOf / instructionOf / checkOf /
// incidentOf (indexed by id). See docs/adr/0010-persistent-chain-state.md.

/** Who recorded an entry, and the two clocks (from the event's meta). */
export type EntryStamp = {
  eventId: EventId;
  occurredAt: IsoInstant;
  recordedAt: IsoInstant;
  recordedByPartyId: PartyId | null;
  /** Set when a worker recorded it with its own token, not a manager on its behalf. */
  recordedByWorkerId?: WorkerId | null;
  /** Set when a history import brought it in. */
  imported?: ImportMark;
};

/** One correction of an entry: the original stays visible as `from`. */
export type CorrectionRecord = {
  correctionEventId: EventId;
  targetEventId: EventId;
  targetType: ChainEventType;
  reason: string;
  correctedByPartyId: PartyId;
  occurredAt: IsoInstant;
  recordedAt: IsoInstant;
  changes: Record<string, { from: unknown; to: unknown }>;
};

export type RetractionRecord = {
  retractionEventId: EventId;
  reason: string;
  retractedByPartyId: PartyId;
  occurredAt: IsoInstant;
  recordedAt: IsoInstant;
};

export type LinkStatus = 'ACTIVE' | 'ENDED';

export type LinkState = {
  linkId: LinkId;
  fromPartyId: PartyId;
  toPartyId: PartyId;
  toPartyKind: PartyKind;
  kind: LinkKind;
  scope: string;
  underAuthority: boolean;
  startDate: IsoDate;
  status: LinkStatus;
  endDate: IsoDate | null;
  endReason: string | null;
  endedByPartyId: PartyId | null;
  engaged: EntryStamp;
  ended: EntryStamp | null;
  /** Corrections of the PartyEngaged and EngagementEnded entries, oldest first. */
  corrections: CorrectionRecord[];
};

export type InstructionVersionState = {
  version: number;
  content: InstructionContent[];
  topics: string[];
  contentHash: string;
  issued: EntryStamp;
};

export type PassDownState = {
  version: number;
  linkId: LinkId;
  fromPartyId: PartyId;
  toPartyId: PartyId;
  stamp: EntryStamp;
  retraction: RetractionRecord | null;
};

export type AcknowledgementState = {
  version: number;
  partyId: PartyId;
  workerId: WorkerId | null;
  language: LanguageCode;
  /** false when the worker does not read that language: recorded, not counted as instruction. */
  understood: boolean;
  channel: AcknowledgementChannel;
  stamp: EntryStamp;
  retraction: RetractionRecord | null;
};

export type InstructionState = {
  instructionId: InstructionId;
  issuerPartyId: PartyId;
  currentVersion: number;
  /** Index `version - 1`. */
  versions: InstructionVersionState[];
  passDowns: readonly PassDownState[];
  acknowledgements: readonly AcknowledgementState[];
};

export type CheckState = {
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
  stamp: EntryStamp;
  retraction: RetractionRecord | null;
  corrections: CorrectionRecord[];
};

export type NotificationState = {
  notifierPartyId: PartyId;
  recipient: NotificationRecipient;
  channel: NotificationChannel;
  reference: string | null;
  stamp: EntryStamp;
  retraction: RetractionRecord | null;
  corrections: CorrectionRecord[];
};

export type ReclassificationState = {
  severity: IncidentSeverity;
  absenceDays: number;
  previousSeverity: IncidentSeverity;
  previousAbsenceDays: number;
  becameKnownAt: IsoInstant;
  reason: string;
  reclassifiedByPartyId: PartyId;
  stamp: EntryStamp;
};

export type IncidentState = {
  incidentId: IncidentId;
  reporterPartyId: PartyId;
  kind: IncidentKind;
  happenedAt: IsoInstant;
  location: string;
  description: string;
  topics: string[];
  victim: IncidentVictim | null;
  victimRelation: VictimRelation | null;
  authorityHolderPartyId: PartyId | null;
  /** As reported (after corrections of the report). */
  reportedSeverity: IncidentSeverity;
  reportedAbsenceDays: number;
  /** Current: the latest reclassification, else the reported values. */
  severity: IncidentSeverity;
  absenceDays: number;
  reclassifications: ReclassificationState[];
  notifications: NotificationState[];
  stamp: EntryStamp;
  retraction: RetractionRecord | null;
  corrections: CorrectionRecord[];
};

/** Where an entry (a recorded event) lives in the state. */
export type EntryRef =
  | { kind: 'CHAIN' }
  | { kind: 'LINK'; linkId: LinkId }
  | { kind: 'INSTRUCTION'; instructionId: InstructionId }
  | { kind: 'CHECK'; checkId: CheckId }
  | { kind: 'INCIDENT'; incidentId: IncidentId }
  | { kind: 'ENTRY'; targetEventId: EventId };

/** A recorded event found in the state by its eventId (see findEntry). */
export type EntryRecord = EntryStamp & {
  type: ChainEventType;
  ref: EntryRef;
  retraction: RetractionRecord | null;
};

export type OpenedChain = {
  status: 'Opened';
  chainId: ChainId;
  name: string;
  description: string;
  siteAddress: string | null;
  principalPartyId: PartyId;
  sector: ChainSector;
  opened: EntryStamp;
  /** Corrections of the ChainOpened entry. */
  corrections: CorrectionRecord[];
  /** In the order they were engaged. */
  links: readonly LinkState[];
  /** In the order they were first issued. */
  instructions: readonly InstructionState[];
  checks: readonly CheckState[];
  incidents: readonly IncidentState[];
  /** Measures, resumptions, RI&E extracts, work starts, requirements and the construction process. */
  duties: DutiesState;
  /** Start checks at the gate and corrective actions; absent until the first is recorded (read it with preventionOf). */
  prevention?: PreventionState;
};

export type ChainState = { status: 'NotOpened' } | OpenedChain;

export function initialChainState(): ChainState {
  return { status: 'NotOpened' };
}
