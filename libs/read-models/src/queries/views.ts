import type {
  Authority,
  CheckOutcome,
  CheckSubject,
  ChainEventType,
  Evidence,
  IncidentKind,
  IncidentSeverity,
  IncidentVictim,
  InstructionContent,
  LinkKind,
  NotificationChannel,
  PartyKind,
  VictimRelation,
  WorkerRelation,
} from '@schakel/domain';

// Plain read-only views: what the query services hand to the API. Instants are ISO strings;
// "…At" fields without comment are valid time (occurredAt), `recordedAt` is transaction time.

export interface PartyView {
  readonly id: string;
  readonly kind: PartyKind;
  readonly name: string;
  readonly kvkNumber: string | null;
  readonly country: string;
  readonly registeredBy: string | null;
  readonly registeredAt: string;
  readonly recordedAt: string;
  /** Version of the party stream, the expectedVersion of its next command. */
  readonly streamVersion: number;
}

export interface WorkerView {
  readonly id: string;
  readonly partyId: string;
  readonly name: string;
  readonly languages: readonly string[];
  readonly relation: WorkerRelation;
  readonly registeredAt: string;
  readonly recordedAt: string;
}

export interface ChainView {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly siteAddress: string | null;
  readonly principalPartyId: string;
  readonly openedAt: string;
  readonly recordedAt: string;
  /** Version of the chain stream after the last event the read model holds. */
  readonly streamVersion: number;
  readonly lastRecordedAt: string;
}

export interface LinkView {
  readonly id: string;
  readonly chainId: string;
  readonly fromPartyId: string;
  readonly toPartyId: string;
  readonly toPartyKind: PartyKind;
  readonly kind: LinkKind;
  readonly scope: string;
  readonly underAuthority: boolean;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly endReason: string | null;
  readonly endedByPartyId: string | null;
  readonly active: boolean;
  readonly engagedAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
  /** The EngagementEnded entry, once the link has ended. */
  readonly endEventId: string | null;
}

export interface InstructionReceiptView {
  readonly eventId: string;
  readonly instructionId: string;
  readonly version: number;
  /** The party that received it. */
  readonly partyId: string;
  readonly linkId: string;
  readonly fromPartyId: string;
  readonly receivedAt: string;
  readonly recordedAt: string;
  readonly retracted: boolean;
}

export interface InstructionAcknowledgementView {
  readonly eventId: string;
  readonly instructionId: string;
  readonly version: number;
  readonly partyId: string;
  readonly workerId: string | null;
  readonly language: string;
  /** OWN_ACCOUNT, LINK or PROXY; null on rows projected before the channel was kept (rebuild to fill). */
  readonly channel: string | null;
  readonly acknowledgedAt: string;
  readonly recordedAt: string;
  readonly retracted: boolean;
  /** false: signed in a language the worker does not read. */
  readonly understood: boolean;
}

export interface InstructionVersionView {
  readonly instructionId: string;
  readonly version: number;
  readonly issuerPartyId: string;
  readonly content: readonly InstructionContent[];
  readonly topics: readonly string[];
  readonly contentHash: string;
  readonly current: boolean;
  readonly issuedAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
  readonly receipts: readonly InstructionReceiptView[];
  readonly acknowledgements: readonly InstructionAcknowledgementView[];
}

export interface InstructionView {
  readonly chainId: string;
  readonly instructionId: string;
  readonly issuerPartyId: string;
  readonly currentVersion: number;
  /** Every version, oldest first. */
  readonly versions: readonly InstructionVersionView[];
}

export type AcknowledgementStatus = 'CURRENT' | 'STALE' | 'MISSING';

/** Where one party (workerId null) or one of its workers stands with the current version. */
export interface InstructionStatusView {
  readonly partyId: string;
  readonly workerId: string | null;
  readonly status: AcknowledgementStatus;
  /** Latest version acknowledged; retracted acknowledgements do not count. */
  readonly acknowledgedVersion: number | null;
  /** Latest version the party received (the issuer holds every version it issued). */
  readonly receivedVersion: number | null;
  readonly acknowledgedAt: string | null;
  /** Whose act the latest acknowledgement is (OWN_ACCOUNT, LINK, PROXY), when known. */
  readonly channel: string | null;
}

export interface VergewisCheckView {
  readonly id: string;
  readonly chainId: string;
  readonly checkerPartyId: string;
  readonly subjectPartyId: string;
  readonly subjectWorkerId: string | null;
  readonly subject: CheckSubject;
  readonly outcome: CheckOutcome;
  readonly summary: string;
  readonly evidence: readonly Evidence[];
  readonly validUntil: string | null;
  readonly relatedIncidentId: string | null;
  readonly relatedInstructionId: string | null;
  readonly checkedAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
  readonly retracted: boolean;
}

export interface IncidentNotificationView {
  readonly eventId: string;
  readonly incidentId: string;
  readonly notifierPartyId: string;
  readonly recipient: { readonly kind: 'PARTY'; readonly partyId: string } | { readonly kind: 'AUTHORITY'; readonly authority: Authority };
  readonly channel: NotificationChannel;
  readonly reference: string | null;
  readonly notifiedAt: string;
  readonly recordedAt: string;
  readonly retracted: boolean;
}

export interface IncidentReclassificationView {
  readonly eventId: string;
  readonly incidentId: string;
  readonly severity: IncidentSeverity;
  readonly absenceDays: number;
  readonly previousSeverity: IncidentSeverity;
  readonly previousAbsenceDays: number;
  readonly becameKnownAt: string;
  readonly reason: string;
  readonly byPartyId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export interface IncidentView {
  readonly id: string;
  readonly chainId: string;
  readonly reporterPartyId: string;
  readonly kind: IncidentKind;
  readonly happenedAt: string;
  readonly location: string;
  readonly description: string;
  readonly topics: readonly string[];
  readonly victim: IncidentVictim | null;
  /** Current: the latest reclassification, else the (corrected) report. */
  readonly severity: IncidentSeverity;
  readonly absenceDays: number;
  /** As reported, after corrections of the report. */
  readonly reportedSeverity: IncidentSeverity;
  readonly reportedAbsenceDays: number;
  readonly victimRelation: VictimRelation | null;
  readonly authorityHolderPartyId: string | null;
  /** recordedAt of the report. */
  readonly reportedAt: string;
  readonly eventId: string;
  readonly retracted: boolean;
  readonly notifications: readonly IncidentNotificationView[];
  readonly reclassifications: readonly IncidentReclassificationView[];
}

export interface CorrectionView {
  readonly eventId: string;
  readonly chainId: string;
  readonly targetEventId: string;
  readonly targetType: ChainEventType;
  readonly kind: 'CORRECTED' | 'RETRACTED';
  readonly reason: string;
  /** Field → new value; null for a retraction. */
  readonly changes: Readonly<Record<string, unknown>> | null;
  /** Field → value before the correction; null for a retraction. */
  readonly previousValues: Readonly<Record<string, unknown>> | null;
  readonly byPartyId: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

/** What a party may see of a chain. */
export interface ChainAccess {
  readonly chainExists: boolean;
  /** False for a party that is not, and never was, in the chain. */
  readonly visible: boolean;
  readonly isPrincipal: boolean;
  /** Principal first, then in engagement order. */
  readonly visiblePartyIds: readonly string[];
  /** Parties whose entries (checks, incidents, corrections, receipts) the viewer may see: itself and below; everyone for the principal. */
  readonly subjectPartyIds: readonly string[];
}
