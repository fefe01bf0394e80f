import type { InstructionContent } from '@schakel/domain';
import type { InstructionAcknowledgementRow } from './instruction-acknowledgement.entity';
import type { InstructionReceiptRow } from './instruction-receipt.entity';

// Safety instructions, their versions, receipts and acknowledgements, and who has acknowledged.
// Plain read-only views: instants are ISO strings; "…At" fields without comment are valid time
// (occurredAt), `recordedAt` is transaction time. Each row becomes a fresh plain object: entities
// never leave this library.

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

export const toReceiptView = (row: InstructionReceiptRow): InstructionReceiptView => ({
  eventId: row.eventId,
  instructionId: row.instructionId,
  version: row.version,
  partyId: row.partyId,
  linkId: row.linkId,
  fromPartyId: row.fromPartyId,
  receivedAt: row.receivedAt,
  recordedAt: row.recordedAt,
  retracted: row.retracted,
});

export const toAcknowledgementView = (row: InstructionAcknowledgementRow): InstructionAcknowledgementView => ({
  eventId: row.eventId,
  instructionId: row.instructionId,
  version: row.version,
  partyId: row.partyId,
  workerId: row.workerId,
  language: row.language,
  channel: row.channel ?? null,
  acknowledgedAt: row.acknowledgedAt,
  recordedAt: row.recordedAt,
  retracted: row.retracted,
  understood: row.understood,
});
