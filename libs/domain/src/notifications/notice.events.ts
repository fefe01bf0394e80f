import type { DomainEvent } from '../shared/messages';
import type { ChainId, IncidentId, InstructionId, PartyId, WorkerId } from '../shared/values';

/** What a message is about: the reasons Schakel tells someone (docs/notifications.md). */
export const noticeTriggers = [
  /** An instruction version was passed down to your party (a new version supersedes the one you had). */
  'INSTRUCTION_RECEIVED',
  /** A new version of an instruction you acknowledged reached your party: your acknowledgement is stale. */
  'INSTRUCTION_SUPERSEDED',
  /** A personal acknowledgement link was made for you (a worker). */
  'WORKER_LINK',
  /** An incident was notified to your party. */
  'INCIDENT_NOTIFIED',
  /** A reportable accident's NLA deadline (policy) is near and no report is recorded. */
  'NLA_REPORT_DUE',
  /** An inspector's access to a chain starts (at its validFrom). */
  'INSPECTOR_GRANT_STARTS',
  /** An inspector's access to a chain ends (at its validUntil, or revoked). */
  'INSPECTOR_GRANT_ENDS',
  /** A company certificate or a worker's VCA diploma of your party expires within 30 days. */
  'CREDENTIAL_EXPIRES',
  /** Your party's planned start in a chain is two days away, or today, and some of its workers' acknowledgements are MISSING or STALE. */
  'ACKNOWLEDGEMENTS_DUE',
  /** A finding arose for your party: it bears the duty the rule names. */
  'FINDING_AROSE',
  /** A duty of your party passes its deadline soon (SCHAKEL_FINDING_WARNING_HOURS): if it is not done by then, a finding arises. */
  'FINDING_DEADLINE_NEAR',
  /** A corrective action was assigned to your party: what to fix, asked by whom, due when. */
  'ACTION_ASSIGNED',
] as const;
export type NoticeTrigger = (typeof noticeTriggers)[number];

export const noticeChannels = ['EMAIL', 'WEBHOOK'] as const;
export type NoticeChannel = (typeof noticeChannels)[number];

/** The entry a message is about (the ids of the chain stream). */
export type NoticeSubject = {
  instructionId?: InstructionId | null;
  version?: number | null;
  incidentId?: IncidentId | null;
  grantId?: string | null;
  /** CREDENTIAL_EXPIRES: the certificate id, or `<workerId>:<diploma>`. */
  credentialId?: string | null;
  /** FINDING_*: the finding's rule and the instant it arose (or arises, at its deadline), as corrective actions and who-knew name it. */
  ruleId?: string | null;
  findingArisenAt?: string | null;
};

/** Who a message went to: a party, one of its members or workers, or its webhook endpoint. */
export type NoticeRecipient = {
  partyId: PartyId;
  workerId: WorkerId | null;
  /** The member's user id (e-mail), or null for a webhook. */
  userId: string | null;
  /** The e-mail address, or the webhook endpoint's URL. */
  address: string;
};

/**
 * Stream `notices-<chainId>`: Schakel sent a message. Sent, never read: it says that the mail
 * server or the webhook receiver took it, not that anyone opened it.
 */
export type NoticeSent = DomainEvent<
  'NoticeSent',
  {
    deliveryId: string;
    /** Null for a message about the party itself (a credential), recorded on `partynotices-<partyId>`. */
    chainId: ChainId | null;
    trigger: NoticeTrigger;
    channel: NoticeChannel;
    recipient: NoticeRecipient;
    subject: NoticeSubject;
    /** The event the message was derived from. */
    sourceEventId: string;
    attempts: number;
    /** The delivery's round: 0, then one more per redelivery. Absent on entries recorded before rounds were. */
    round?: number;
  }
>;

/** A message that could not be delivered: bounced, or a webhook that kept failing until it was given up. */
export type NoticeFailed = DomainEvent<
  'NoticeFailed',
  {
    deliveryId: string;
    chainId: ChainId | null;
    trigger: NoticeTrigger;
    channel: NoticeChannel;
    recipient: NoticeRecipient;
    subject: NoticeSubject;
    sourceEventId: string;
    attempts: number;
    round?: number;
    reason: string;
  }
>;

export type NoticeEvent = NoticeSent | NoticeFailed;
export type NoticeEventType = NoticeEvent['type'];
export const noticeEventTypes = ['NoticeSent', 'NoticeFailed'] as const satisfies readonly NoticeEventType[];

// A stream of its own beside the chain: the chain's entries, findings and replay stay as they were.
const noticeStreamCategory = 'notices';
export function noticeStreamId(chainId: ChainId): string {
  return `${noticeStreamCategory}-${chainId}`;
}

/** Messages about a party itself (its credentials), not about a chain. */
const partyNoticeStreamCategory = 'partynotices';
export function partyNoticeStreamId(partyId: PartyId): string {
  return `${partyNoticeStreamCategory}-${partyId}`;
}
