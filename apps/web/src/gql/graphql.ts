/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcknowledgeInstructionInput = {
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  instructionId: string | number;
  /** ISO 639-1 code of the language the instruction was read in. */
  language: string;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** The version read and acknowledged. */
  version: number;
  /** A worker of your party who acknowledges; left out, your party acknowledges (or, with a WORKER token, the worker of the token). */
  workerId?: string | number | null | undefined;
};

/** Whose act an acknowledgement is: OWN_ACCOUNT (the party's or worker's own account), LINK (the worker's personal link or QR code), PROXY (a manager's entry on the worker's behalf: the employer's statement). */
export type AcknowledgementChannel =
  | 'LINK'
  | 'OWN_ACCOUNT'
  | 'PROXY';

/** CURRENT: acknowledged the current version; STALE: only an older one; MISSING: none. */
export type AcknowledgementState =
  | 'CURRENT'
  | 'MISSING'
  | 'STALE';

/** OPEN (also after a reopening), COMPLETED by the assignee, VERIFIED by the assigner. */
export type ActionStatus =
  | 'COMPLETED'
  | 'OPEN'
  | 'VERIFIED';

/** What a corrective action follows up: a finding, an incident or a coordinator direction. */
export type ActionSubjectKind =
  | 'DIRECTION'
  | 'FINDING'
  | 'INCIDENT';

export type AssignCorrectiveActionInput = {
  /** A party in the chain at or below yours; by default the duty bearer. */
  assigneePartyId?: string | number | null | undefined;
  chainId: string | number;
  /** What is to be done, plain text (at most 1000 characters). */
  description: string;
  /** For DIRECTION (a coordinator direction). */
  directionId?: string | number | null | undefined;
  /** By when; after now. Not completed by then: CHAIN-ACTION-OVERDUE. */
  dueAt: string;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** For FINDING. */
  finding?: FindingRefInput | null | undefined;
  /** For INCIDENT. */
  incidentId?: string | number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  subjectKind: ActionSubjectKind;
};

/** A public authority notified of an incident (NLA: Nederlandse Arbeidsinspectie). */
export type Authority =
  | 'NLA';

/** LAW in force, the LENDING_ACT on lent workers, or a CERTIFICATION_OR_CONTRACT rule. */
export type BasisKind =
  | 'CERTIFICATION_OR_CONTRACT'
  | 'LAW'
  | 'LENDING_ACT';

export type CommentOnCorrectiveActionInput = {
  actionId: string | number;
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** Plain text, at most 2000 characters; shown escaped everywhere. */
  text: string;
};

export type CompleteCorrectiveActionInput = {
  actionId: string | number;
  chainId: string | number;
  /** Documents by hash, e.g. a photo of the new anchor. */
  evidence?: Array<EvidenceInput>;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** What was done. */
  note: string;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
};

export type CreateAcknowledgementLinksInput = {
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  instructionId: string | number;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** The instruction version the workers are to read. */
  version: number;
  /** One link per worker (at most 50). */
  workerIds: Array<string | number>;
  /** The workers' party; left out: your own party. */
  workerPartyId?: string | number | null | undefined;
};

export type EngagePartyInput = {
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  kind: LinkKind;
  /** A UUID of your choosing; generated when left out. */
  linkId?: string | number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** The party you engage; your own party (in the chain) is the other end of the link. */
  partyId: string | number;
  /** What the engaged party does, e.g. "steel structure, floors 1-4". */
  scope: string;
  /** Date YYYY-MM-DD. */
  startDate: string;
  /** Gezag: you direct the work. Only for SELF_EMPLOYED; LENDING is always under the hirer's authority. */
  underAuthority?: boolean | null | undefined;
};

/** A document the check rests on, by name and hash (the document itself stays with you). */
export type EvidenceInput = {
  name: string;
  /** SHA-256 of the document: 64 hexadecimal characters. */
  sha256: string;
  /** The size of the document in bytes, when known (the web app sends it with the hash it computed). */
  sizeBytes?: number | null | undefined;
};

/** A finding as the findings query shows it: its rule and the moment it arose (and one of its parties, when several findings share both). */
export type FindingRefInput = {
  arisenAt: string;
  partyId?: string | number | null | undefined;
  ruleId: string;
};

/** ACTIVE: may be used now. NOT_YET_VALID: starts at validFrom. EXPIRED: validUntil has passed. REVOKED: withdrawn by a grantor. */
export type GrantStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REVOKED';

/** A near miss or an accident. */
export type IncidentKind =
  | 'ACCIDENT'
  | 'NEAR_MISS';

/** The worst consequence known. */
export type IncidentSeverity =
  | 'ABSENCE'
  | 'DEATH'
  | 'HOSPITAL_ADMISSION'
  | 'NONE'
  | 'PERMANENT_INJURY';

/** Who was hurt: the party, the worker, and the link that engaged the party. */
export type IncidentVictimInput = {
  /** The link that engaged the victim's party; it tells whose authority (gezag) the victim worked under. */
  linkId?: string | number | null | undefined;
  partyId: string | number;
  workerId?: string | number | null | undefined;
};

/** The instruction in one language. */
export type InstructionContentInput = {
  body: string;
  /** ISO 639-1 code, e.g. "nl", "pl". */
  language: string;
  title: string;
};

export type IssueSafetyInstructionInput = {
  chainId: string | number;
  /** At least one language; each language once. */
  content: Array<InstructionContentInput>;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** A UUID of your choosing for a new instruction; generated when left out. */
  instructionId?: string | number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** An instruction you issued earlier: this becomes its next version (and keeps its id). */
  supersedesInstructionId?: string | number | null | undefined;
  /** UPPER_SNAKE_CASE topics, e.g. ["WORK_AT_HEIGHT"]. */
  topics: Array<string>;
};

export type IssueWorkerPassInput = {
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** Until when it works: after now, at most three years ahead; default a year. */
  expiresAt?: string | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  workerId: string | number;
  /** The worker's party; left out: your own. Only the worker's own party issues its passes. */
  workerPartyId?: string | number | null | undefined;
};

/** How a party came to know: recorded it itself, was notified, received it passed down, acknowledged it, was asked to fix it (a corrective action), completed or verified that fix, or Schakel sent it a message (SENT: sent, never proof it was read). */
export type KnowingWay =
  | 'ACKNOWLEDGED'
  | 'ASKED_TO_FIX'
  | 'COMPLETED_FIX'
  | 'NOTIFIED'
  | 'RECEIVED_PASSED_DOWN'
  | 'RECORDED_IT'
  | 'SENT'
  | 'VERIFIED_FIX';

/** What kind of engagement a link is. */
export type LinkKind =
  | 'LENDING'
  | 'SELF_EMPLOYED'
  | 'SUBCONTRACT'
  | 'SUPPLY';

/** Whether an accident must be reported to the NLA (Arbowet 9(1)): MUST_REPORT; NEAR_MISS (nobody hurt); NOT_SERIOUS (no death, permanent injury or hospital admission); SELF_EMPLOYED (a genuine zzp'er has no Arbo employer to report). */
export type NlaDutyAnswer =
  | 'MUST_REPORT'
  | 'NEAR_MISS'
  | 'NOT_SERIOUS'
  | 'SELF_EMPLOYED';

/** An incident as it is being reported: enough to tell its NLA duty before it is recorded. */
export type NlaReportDutyInput = {
  chainId: string | number;
  happenedAt: string;
  kind: IncidentKind;
  severity?: IncidentSeverity;
  /** For an accident: the victim and the link that engaged its party. */
  victim?: IncidentVictimInput | null | undefined;
};

/** How Schakel sent a message. */
export type NoticeChannel =
  | 'EMAIL'
  | 'WEBHOOK';

/** How a notification was made (a death is reported by phone). */
export type NotificationChannel =
  | 'EMAIL'
  | 'ONLINE'
  | 'OTHER'
  | 'PHONE';

/** Give exactly one recipient: a party in the chain (recipientPartyId) or an authority. */
export type NotifyIncidentInput = {
  /** The authority you reported to (NLA). */
  authority?: Authority | null | undefined;
  chainId: string | number;
  /** A death is reported to the NLA by PHONE. */
  channel: NotificationChannel;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** A party in the chain you informed, e.g. the agency of a lent worker. */
  recipientPartyId?: string | number | null | undefined;
  /** The recipient's reference, e.g. the NLA report number. */
  reference?: string | null | undefined;
};

/** An organisation (with a KvK number where Dutch) or a natural person. */
export type PartyKind =
  | 'ORGANISATION'
  | 'PERSON';

export type PassDownInstructionInput = {
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  instructionId: string | number;
  /** An active link you hold: the instruction goes to the party it engages. */
  linkId: string | number;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** The version to pass down; the current version when left out. */
  version?: number | null | undefined;
};

export type RecordIncidentMeasuresInput = {
  chainId: string | number;
  /** What was done to prevent a repeat. */
  description: string;
  /** Documents by hash, e.g. photos of the new edge protection. */
  evidence?: Array<EvidenceInput>;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
};

export type RecordVergewisCheckInput = {
  chainId: string | number;
  /** A UUID of your choosing; generated when left out. */
  checkId?: string | number | null | undefined;
  evidence?: Array<EvidenceInput>;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  outcome: VergewisOutcome;
  /** The incident this check follows up (e.g. measures taken). */
  relatedIncidentId?: string | number | null | undefined;
  /** The instruction this check is about (e.g. that it was received). */
  relatedInstructionId?: string | number | null | undefined;
  subject: VergewisSubject;
  /** The party checked: one below yours through active links. */
  subjectPartyId: string | number;
  /** A worker of the subject party, when the check is about one person. */
  subjectWorkerId?: string | number | null | undefined;
  summary: string;
  /** Date YYYY-MM-DD until which the finding holds (e.g. a certificate's expiry). */
  validUntil?: string | null | undefined;
};

export type RegisterPartyInput = {
  /** ISO 3166-1 alpha-2; NL when left out. */
  country?: string | null | undefined;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  kind: PartyKind;
  /** KvK number: exactly 8 digits. */
  kvkNumber?: string | null | undefined;
  name: string;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** A UUID of your choosing; generated when left out. */
  partyId?: string | number | null | undefined;
};

export type RegisterWorkerInput = {
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** ISO 639-1 codes of the languages the worker reads, e.g. ["pl", "nl"]. */
  languages: Array<string>;
  name: string;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** Your own party: a party registers its own workers. */
  partyId: string | number;
  /** EMPLOYEE, LENT_WORKER (of an agency) or SELF (the zzp'er themself). */
  relation: WorkerRelation;
  /** A UUID of your choosing; generated when left out. */
  workerId?: string | number | null | undefined;
};

export type ReopenCorrectiveActionInput = {
  actionId: string | number;
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** Why the fix does not do. */
  reason: string;
};

/** OCCURRED: valid time, what had happened in the world by then. RECORDED: transaction time, what the records said then. */
export type ReplayClock =
  | 'OCCURRED'
  | 'RECORDED';

export type ReportIncidentInput = {
  absenceDays?: number | null | undefined;
  chainId: string | number;
  description: string;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** When it happened. Also the entry's occurredAt unless that is given. */
  happenedAt: string;
  /** A UUID of your choosing; generated when left out. */
  incidentId?: string | number | null | undefined;
  kind: IncidentKind;
  location: string;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  severity?: IncidentSeverity | null | undefined;
  /** UPPER_SNAKE_CASE topics, e.g. ["WORK_AT_HEIGHT"]. */
  topics?: Array<string>;
  /** Required for an accident; none for a near miss. */
  victim?: IncidentVictimInput | null | undefined;
};

export type ResumeWorkInput = {
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  incidentId: string | number;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
};

export type RevokeWorkerPassInput = {
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** The passId issueWorkerPass or workerPasses answered. */
  passId: string;
  /** The worker's party; left out: your own. */
  workerPartyId?: string | number | null | undefined;
};

/** The start goes through the gate: the server runs the start check and records its result with the start. */
export type StartGateInput = {
  /** The language of the answer's reasons: "nl" or "en"; default the language of your membership, else Dutch. The log keeps the rules' own words. */
  language?: string | null | undefined;
  /** Required when the check says NO-GO: starting anyway is an override by you, recorded with this reason. Refused for a GO. */
  overrideReason?: string | null | undefined;
  /** The token of the worker's personal pass, as scanned: it must be the pass of this worker, valid now. The start is then recorded as identified by pass. */
  pass?: string | null | undefined;
  /** True when the worker's personal pass (QR code) was scanned, not typed in. Prefer `pass`: the server then verifies it. */
  passScanned?: boolean;
};

/** GO: no rule would be broken by the start; NO_GO: at least one would. */
export type StartVerdict =
  | 'GO'
  | 'NO_GO';

export type StartWorkInput = {
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** Give it at the gate: the start check runs and its result is recorded with the start (WorkStartChecked). Leave it out to record a start after the fact. */
  gate?: StartGateInput | null | undefined;
  /** The link that engages the worker's party. */
  linkId: string | number;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
  /** The task's topics (UPPER_SNAKE_CASE), e.g. WORK_AT_HEIGHT. */
  topics?: Array<string>;
  workerId: string | number;
  /** The party the worker belongs to. */
  workerPartyId: string | number;
};

/** RECORDED_AFTER_INCIDENT: dated before an incident it relates to but recorded after it happened (backdated). LATE_ENTRY: recorded long after it occurred. IMPORTED: brought in by a history import (dated as claimed, recorded at the import). */
export type TimelineFlag =
  | 'IMPORTED'
  | 'LATE_ENTRY'
  | 'PROXY'
  | 'RECORDED_AFTER_INCIDENT';

/** Whether the check confirmed it. */
export type VergewisOutcome =
  | 'CONFIRMED'
  | 'NOT_CONFIRMED';

/** What a vergewis check ascertained. */
export type VergewisSubject =
  | 'CERTIFICATE'
  | 'GEZAG_ASSESSMENT'
  | 'INSTRUCTION_RECEIVED'
  | 'MEASURES_TAKEN'
  | 'OTHER';

export type VerifyCorrectiveActionInput = {
  actionId: string | number;
  chainId: string | number;
  /** The stream version you last saw. When given and the stream has moved on, the mutation fails with CONFLICT and writes nothing. */
  expectedVersion?: number | null | undefined;
  /** When it happened in the world (valid time). Defaults to now; may not lie in the future beyond a small clock skew. */
  occurredAt?: string | null | undefined;
};

/** How the victim relates to the party holding authority (gezag). */
export type VictimRelation =
  | 'EMPLOYEE'
  | 'LENT_WORKER'
  | 'SELF_EMPLOYED'
  | 'SELF_EMPLOYED_UNDER_AUTHORITY';

/** ACTIVE: it works at the gate; REVOKED or EXPIRED: it is refused. */
export type WorkerPassStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

/** How a worker belongs to its party. */
export type WorkerRelation =
  | 'EMPLOYEE'
  | 'LENT_WORKER'
  | 'SELF';

export type ChainTreePageQueryVariables = Exact<{
  chainId: string | number;
  first: number;
  offset: number;
}>;


export type ChainTreePageQuery = { chain: { id: string, tree: Array<{ depth: number, kind: LinkKind | null, linkId: string | null, partyName: string, active: boolean, scope: string | null, underAuthority: boolean | null, endDate: string | null }> } };

export type FindingsPerMonthQueryVariables = Exact<{
  chainId: string | number;
  months: number;
}>;


export type FindingsPerMonthQuery = { findingsPerMonth: { months: Array<string>, covered: number, total: number, bars: Array<{ month: string, partyId: string, partyName: string | null, opened: number, resolved: number }> } };

export type TimelineMarksQueryVariables = Exact<{
  chainId: string | number;
  clock: ReplayClock;
}>;


export type TimelineMarksQuery = { timeline: { total: number, firstAt: string | null, lastAt: string | null, entries: Array<{ eventId: string, step: number, type: string, summary: string, occurredAt: string, recordedAt: string, flags: Array<TimelineFlag> }> } };

export type WhoKnewListQueryVariables = Exact<{
  chainId: string | number;
  incidentId?: string | number | null | undefined;
  instructionId?: string | number | null | undefined;
  topic?: string | null | undefined;
  location?: string | null | undefined;
}>;


export type WhoKnewListQuery = { whoKnew: { knowers: Array<{ partyId: string | null, partyName: string | null, workerId: string | null, workerName: string | null, authority: string | null, how: KnowingWay, since: string, ways: Array<{ eventId: string, how: KnowingWay, channel: AcknowledgementChannel | null, noticeChannel: NoticeChannel | null, action: string | null, occurredAt: string, recordedAt: string }> }> } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { me: { userId: string, name: string | null, email: string | null, role: string, workerId: string | null }, myParty: { id: string, name: string } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CommentOnActionMutationVariables = Exact<{
  input: CommentOnCorrectiveActionInput;
}>;


export type CommentOnActionMutation = { commentOnCorrectiveAction: { eventIds: Array<string> } };

export type CompleteActionMutationVariables = Exact<{
  input: CompleteCorrectiveActionInput;
}>;


export type CompleteActionMutation = { completeCorrectiveAction: { eventIds: Array<string> } };

export type VerifyActionMutationVariables = Exact<{
  input: VerifyCorrectiveActionInput;
}>;


export type VerifyActionMutation = { verifyCorrectiveAction: { eventIds: Array<string> } };

export type ReopenActionMutationVariables = Exact<{
  input: ReopenCorrectiveActionInput;
}>;


export type ReopenActionMutation = { reopenCorrectiveAction: { eventIds: Array<string> } };

export type ChainActionsQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ChainActionsQuery = { myParty: { id: string } | null, correctiveActions: Array<{ id: string, description: string, status: ActionStatus, overdue: boolean, dueAt: string, assignedAt: string, assignedByName: string, assignedByPartyId: string, assigneeName: string, assigneePartyId: string, completedAt: string | null, completionNote: string | null, verifiedAt: string | null, reopenedReason: string | null, subject: { kind: ActionSubjectKind, ruleId: string | null, findingArisenAt: string | null }, evidence: Array<{ name: string, sha256: string }>, comments: Array<{ eventId: string, byName: string, text: string, recordedAt: string }> }> };

export type AssignActionMutationVariables = Exact<{
  input: AssignCorrectiveActionInput;
}>;


export type AssignActionMutation = { assignCorrectiveAction: { actionId: string } };

export type ChainViewQueryVariables = Exact<{
  chainId: string | number;
  first: number;
}>;


export type ChainViewQuery = { chain: { id: string, name: string, siteAddress: string | null, viewerIsPrincipal: boolean, treeSize: number, principal: { id: string, name: string }, tree: Array<{ depth: number, kind: LinkKind | null, linkId: string | null, partyName: string, active: boolean, scope: string | null, underAuthority: boolean | null, endDate: string | null }> } };

export type ChainWorkQueryVariables = Exact<{
  chainId: string | number;
  language?: string | null | undefined;
}>;


export type ChainWorkQuery = { chain: { id: string, tree: Array<{ depth: number, partyId: string, partyName: string }>, parties: Array<{ id: string, name: string, workers: Array<{ id: string, name: string }> }>, instructions: Array<{ id: string, title: string, currentVersion: number, issuerPartyId: string, status: Array<{ partyId: string, workerId: string | null, status: AcknowledgementState, receivedVersion: number | null, acknowledgedVersion: number | null, channel: AcknowledgementChannel | null, acknowledgedAt: string | null }> }> }, findings: Array<{ ruleId: string, title: string, explanation: string, arisenAt: string, resolvedAt: string | null, partyIds: Array<string>, evidenceEventIds: Array<string>, policyNote: string | null, basis: { article: string, text: string, kind: BasisKind } }> };

export type MyChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyChainsQuery = { chains: Array<{ id: string, name: string, siteAddress: string | null, openedAt: string, viewerIsPrincipal: boolean, principal: { id: string, name: string } }> };

export type ChainHealthQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ChainHealthQuery = { chain: { id: string, instructions: Array<{ id: string, currentVersion: number, status: Array<{ status: AcknowledgementState }> }>, incidents: Array<{ id: string, retracted: boolean }> }, findings: Array<{ ruleId: string, resolvedAt: string | null }> };

export type ActingPartyOptionQueryVariables = Exact<{ [key: string]: never; }>;


export type ActingPartyOptionQuery = { me: { name: string | null, role: string }, myParty: { id: string, name: string } | null };

export type ContractorChainQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ContractorChainQuery = { myParty: { id: string, name: string, kind: PartyKind } | null, chain: { id: string, name: string, version: number, viewerIsPrincipal: boolean, treeSize: number, principal: { id: string, name: string }, tree: Array<{ depth: number, kind: LinkKind | null, linkId: string | null, parentPartyId: string | null, partyId: string, partyName: string, active: boolean, scope: string | null, underAuthority: boolean | null, endDate: string | null }>, links: Array<{ id: string, kind: LinkKind, fromPartyId: string, toPartyId: string, underAuthority: boolean, active: boolean, startDate: string, endDate: string | null, scope: string }>, parties: Array<{ id: string, name: string, kvkNumber: string | null, kind: PartyKind, workers: Array<{ id: string, name: string }> }>, instructions: Array<{ id: string, title: string, currentVersion: number, issuerPartyId: string }>, checks: Array<{ id: string, subject: VergewisSubject, outcome: VergewisOutcome, summary: string, checkedAt: string, validUntil: string | null, subjectPartyId: string, subjectWorkerId: string | null, checkerPartyId: string, retracted: boolean, evidence: Array<{ name: string, sha256: string, sizeBytes: number | null }> }> }, findings: Array<{ ruleId: string, title: string, explanation: string, arisenAt: string, resolvedAt: string | null, partyIds: Array<string>, evidenceEventIds: Array<string>, policyNote: string | null, basis: { article: string, text: string, kind: BasisKind } }> };

export type ContractorInstructionsQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ContractorInstructionsQuery = { chain: { id: string, instructions: Array<{ id: string, title: string, currentVersion: number, issuerPartyId: string, status: Array<{ partyId: string, workerId: string | null, status: AcknowledgementState, receivedVersion: number | null, acknowledgedVersion: number | null, channel: AcknowledgementChannel | null, acknowledgedAt: string | null }>, versions: Array<{ version: number, topics: Array<string>, receipts: Array<{ linkId: string, partyId: string, version: number, retracted: boolean, receivedAt: string }> }> }> } };

export type InstructionTextsQueryVariables = Exact<{
  chainId: string | number;
}>;


export type InstructionTextsQuery = { chain: { id: string, instructions: Array<{ id: string, versions: Array<{ version: number, content: Array<{ language: string, title: string, body: string }> }> }> } };

export type ContractorChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractorChainsQuery = { myParty: { id: string, name: string } | null, chains: Array<{ id: string, name: string, siteAddress: string | null, viewerIsPrincipal: boolean, principal: { id: string, name: string } }> };

export type ContractorChainPartQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ContractorChainPartQuery = { chain: { id: string, links: Array<{ id: string, fromPartyId: string, active: boolean }> }, findings: Array<{ ruleId: string, resolvedAt: string | null, partyIds: Array<string> }> };

export type SearchPartiesQueryVariables = Exact<{
  query: string;
}>;


export type SearchPartiesQuery = { searchParties: Array<{ id: string, name: string, kvkNumber: string | null, kind: PartyKind, country: string }> };

export type RegisterPartyMutationVariables = Exact<{
  input: RegisterPartyInput;
}>;


export type RegisterPartyMutation = { registerParty: { partyId: string } };

export type EngagePartyMutationVariables = Exact<{
  input: EngagePartyInput;
}>;


export type EngagePartyMutation = { engageParty: { linkId: string } };

export type PassDownInstructionMutationVariables = Exact<{
  input: PassDownInstructionInput;
}>;


export type PassDownInstructionMutation = { passDownInstruction: { version: number } };

export type IssueInstructionMutationVariables = Exact<{
  input: IssueSafetyInstructionInput;
}>;


export type IssueInstructionMutation = { issueSafetyInstruction: { instructionId: string, instructionVersion: number } };

export type MyWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkersQuery = { myParty: { id: string, name: string, kind: PartyKind, workers: Array<{ id: string, name: string, languages: Array<string>, relation: WorkerRelation, registeredAt: string }> } | null, chains: Array<{ id: string, name: string }> };

export type WorkerLinkInstructionsQueryVariables = Exact<{
  chainId: string | number;
}>;


export type WorkerLinkInstructionsQuery = { chain: { id: string, instructions: Array<{ id: string, title: string, currentVersion: number }> } };

export type RegisterWorkerMutationVariables = Exact<{
  input: RegisterWorkerInput;
}>;


export type RegisterWorkerMutation = { registerWorker: { workerId: string } };

export type CreateWorkerLinksMutationVariables = Exact<{
  input: CreateAcknowledgementLinksInput;
}>;


export type CreateWorkerLinksMutation = { createAcknowledgementLinks: { batchId: string, links: Array<{ linkId: string, workerName: string, url: string, expiresAt: string }> } };

export type RecordVergewisCheckMutationVariables = Exact<{
  input: RecordVergewisCheckInput;
}>;


export type RecordVergewisCheckMutation = { recordVergewisCheck: { checkId: string } };

export type MyGrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGrantsQuery = { myGrants: Array<{ grantId: string, chainId: string, chainName: string, grantedByPartyName: string, inspectorPartyName: string, status: GrantStatus, validFrom: string, validUntil: string, reportPath: string }> };

export type ChainIncidentsQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ChainIncidentsQuery = { chain: { id: string, name: string, viewerIsPrincipal: boolean, instructions: Array<{ id: string, title: string }>, tree: Array<{ partyId: string, partyName: string, linkId: string | null }>, parties: Array<{ id: string, name: string, workers: Array<{ id: string, name: string }> }>, links: Array<{ id: string, kind: LinkKind, fromPartyId: string, toPartyId: string, active: boolean, underAuthority: boolean, scope: string }>, incidents: Array<{ id: string, kind: IncidentKind, happenedAt: string, location: string, description: string, severity: IncidentSeverity, absenceDays: number, victimRelation: VictimRelation | null, authorityHolderPartyId: string | null, reporterPartyId: string, retracted: boolean, reportedAt: string, topics: Array<string>, victim: { partyId: string, workerId: string | null, linkId: string | null } | null, notifications: Array<{ eventId: string, notifierPartyId: string, recipientPartyId: string | null, recipientAuthority: Authority | null, channel: NotificationChannel, reference: string | null, notifiedAt: string, recordedAt: string, retracted: boolean }> }> } };

export type IncidentChecklistViewQueryVariables = Exact<{
  chainId: string | number;
  incidentId: string | number;
}>;


export type IncidentChecklistViewQuery = { incidentChecklist: { incidentId: string, resumedAt: string | null, resumptionRecordedAt: string | null, duty: { answer: NlaDutyAnswer, mustReport: boolean, dutyBearerPartyId: string | null, victimRelation: VictimRelation | null, deadline: string | null, byPhone: boolean, lateDiscovery: boolean, directReportHours: number }, measures: Array<{ eventId: string, byPartyId: string, description: string, occurredAt: string, recordedAt: string }> } };

export type NotifyIncidentFromScreenMutationVariables = Exact<{
  input: NotifyIncidentInput;
}>;


export type NotifyIncidentFromScreenMutation = { notifyIncident: { version: number } };

export type RecordMeasuresFromScreenMutationVariables = Exact<{
  input: RecordIncidentMeasuresInput;
}>;


export type RecordMeasuresFromScreenMutation = { recordIncidentMeasures: { version: number } };

export type ResumeWorkFromScreenMutationVariables = Exact<{
  input: ResumeWorkInput;
}>;


export type ResumeWorkFromScreenMutation = { resumeWork: { version: number } };

export type ChainAsOfViewQueryVariables = Exact<{
  chainId: string | number;
  asOf: string;
  clock: ReplayClock;
}>;


export type ChainAsOfViewQuery = { chainAsOf: { name: string, asOf: string, eventCount: number, principalPartyId: string, activeLinkCount: number, endedLinkCount: number, incidentCount: number, activeLinks: Array<{ id: string, kind: string, fromPartyId: string, fromPartyName: string, toPartyId: string, toPartyName: string, underAuthority: boolean, scope: string, active: boolean, endDate: string | null }>, endedLinks: Array<{ id: string, kind: string, fromPartyId: string, fromPartyName: string, toPartyId: string, toPartyName: string, underAuthority: boolean, scope: string, active: boolean, endDate: string | null }>, instructions: Array<{ id: string, title: string, currentVersion: number, status: Array<{ status: string }> }>, incidents: Array<{ id: string, kind: string, severity: string, happenedAt: string, reporterName: string, retracted: boolean, description: string, location: string, topics: Array<string> }> } };

export type ChainAsOfFindingsQueryVariables = Exact<{
  chainId: string | number;
  asOf: string;
  clock: ReplayClock;
}>;


export type ChainAsOfFindingsQuery = { chainAsOf: { findings: Array<{ ruleId: string, resolvedAt: string | null }> } };

export type InspectSpanQueryVariables = Exact<{
  chainId: string | number;
  clock: ReplayClock;
}>;


export type InspectSpanQuery = { timeline: { total: number, firstAt: string | null, lastAt: string | null } };

export type InspectTimelineQueryVariables = Exact<{
  chainId: string | number;
  clock: ReplayClock;
  offset: number;
}>;


export type InspectTimelineQuery = { timeline: { total: number, entries: Array<{ eventId: string, position: number, type: string, summary: string, occurredAt: string, recordedAt: string, actorName: string | null, flags: Array<TimelineFlag> }> } };

export type MyWorkChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkChainsQuery = { chains: Array<{ id: string, name: string }> };

export type MyInstructionsQueryVariables = Exact<{
  chainId: string | number;
}>;


export type MyInstructionsQuery = { chain: { id: string, name: string, instructions: Array<{ id: string, title: string, currentVersion: number, status: Array<{ workerId: string | null, status: AcknowledgementState, acknowledgedVersion: number | null, acknowledgedAt: string | null }>, versions: Array<{ version: number, current: boolean, content: Array<{ language: string, title: string, body: string }> }> }> } };

export type AcknowledgeOwnMutationVariables = Exact<{
  input: AcknowledgeInstructionInput;
}>;


export type AcknowledgeOwnMutation = { acknowledgeInstruction: { version: number } };

export type NearMissChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type NearMissChainsQuery = { chains: Array<{ id: string, name: string, siteAddress: string | null }> };

export type ReportNearMissMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportNearMissMutation = { reportIncident: { incidentId: string } };

export type GateChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type GateChainsQuery = { chains: Array<{ id: string, name: string }> };

export type GateTopicsQueryVariables = Exact<{
  chainId: string | number;
}>;


export type GateTopicsQuery = { chain: { id: string, instructions: Array<{ id: string, title: string, versions: Array<{ current: boolean, topics: Array<string> }> }> } };

export type GateCheckQueryVariables = Exact<{
  pass: string;
  chainId: string | number;
  topics: Array<string> | string;
  language?: string | null | undefined;
}>;


export type GateCheckQuery = { gateCheck: { verdict: StartVerdict, at: string, linkId: string, workerId: string, workerPartyId: string, workerName: string, language: string, topics: Array<string>, reasons: Array<{ ruleId: string, title: string, explanation: string, dutyBearerNames: Array<string>, policyNote: string | null, basis: { article: string, text: string } }> } };

export type GateStartWorkMutationVariables = Exact<{
  input: StartWorkInput;
}>;


export type GateStartWorkMutation = { startWork: { verdict: StartVerdict | null, recordedAt: string | null, eventIds: Array<string> } };

export type MyWorkerPassQueryVariables = Exact<{ [key: string]: never; }>;


export type MyWorkerPassQuery = { myWorkerPass: { workerName: string, status: WorkerPassStatus, issuedAt: string, expiresAt: string, qrSvg: string } | null };

export type OwnWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnWorkersQuery = { myParty: { id: string, name: string, workers: Array<{ id: string, name: string }> } | null };

export type WorkerPassesOfQueryVariables = Exact<{
  partyId: string | number;
  workerId: string | number;
}>;


export type WorkerPassesOfQuery = { workerPasses: Array<{ passId: string, status: WorkerPassStatus, issuedAt: string, expiresAt: string, workerName: string, qrSvg: string }> };

export type IssuePassMutationVariables = Exact<{
  input: IssueWorkerPassInput;
}>;


export type IssuePassMutation = { issueWorkerPass: { pass: { passId: string } } };

export type RevokePassMutationVariables = Exact<{
  input: RevokeWorkerPassInput;
}>;


export type RevokePassMutation = { revokeWorkerPass: { eventIds: Array<string> } };

export type NlaDutyQueryVariables = Exact<{
  input: NlaReportDutyInput;
}>;


export type NlaDutyQuery = { nlaReportDuty: { answer: NlaDutyAnswer, mustReport: boolean, dutyBearerPartyId: string | null, victimRelation: VictimRelation | null, deadline: string | null, byPhone: boolean, lateDiscovery: boolean, directReportHours: number } };

export type ReportIncidentFromScreenMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentFromScreenMutation = { reportIncident: { incidentId: string } };

export type RequestSignInMutationVariables = Exact<{
  email: string;
}>;


export type RequestSignInMutation = { requestSignIn: boolean };

export type CompleteSignInMutationVariables = Exact<{
  code: string;
}>;


export type CompleteSignInMutation = { completeSignIn: { expiresAt: string } };


export const ChainTreePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainTreePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<ChainTreePageQuery, ChainTreePageQueryVariables>;
export const FindingsPerMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingsPerMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingsPerMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"bars"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}}]}}]}}]}}]} as unknown as DocumentNode<FindingsPerMonthQuery, FindingsPerMonthQueryVariables>;
export const TimelineMarksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelineMarks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayClock"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"marked"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]}}]} as unknown as DocumentNode<TimelineMarksQuery, TimelineMarksQueryVariables>;
export const WhoKnewListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoKnewList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instructionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoKnew"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instructionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instructionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"ways"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"noticeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoKnewListQuery, WhoKnewListQueryVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CommentOnActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventIds"}}]}}]}}]} as unknown as DocumentNode<CommentOnActionMutation, CommentOnActionMutationVariables>;
export const CompleteActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventIds"}}]}}]}}]} as unknown as DocumentNode<CompleteActionMutation, CompleteActionMutationVariables>;
export const VerifyActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventIds"}}]}}]}}]} as unknown as DocumentNode<VerifyActionMutation, VerifyActionMutationVariables>;
export const ReopenActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventIds"}}]}}]}}]} as unknown as DocumentNode<ReopenActionMutation, ReopenActionMutationVariables>;
export const ChainActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedByName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedByPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneePartyId"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedReason"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"findingArisenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"byName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ChainActionsQuery, ChainActionsQueryVariables>;
export const AssignActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionId"}}]}}]}}]} as unknown as DocumentNode<AssignActionMutation, AssignActionMutationVariables>;
export const ChainViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treeSize"}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]} as unknown as DocumentNode<ChainViewQuery, ChainViewQueryVariables>;
export const ChainWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"issuerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"arisenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"policyNote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ChainWorkQuery, ChainWorkQueryVariables>;
export const MyChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyChainsQuery, MyChainsQueryVariables>;
export const ChainHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ChainHealthQuery, ChainHealthQueryVariables>;
export const ActingPartyOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingPartyOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActingPartyOptionQuery, ActingPartyOptionQueryVariables>;
export const ContractorChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractorChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"treeSize"}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kvkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"issuerPartyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"subjectPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectWorkerId"}},{"kind":"Field","name":{"kind":"Name","value":"checkerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"arisenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"policyNote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ContractorChainQuery, ContractorChainQueryVariables>;
export const ContractorInstructionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractorInstructions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"issuerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractorInstructionsQuery, ContractorInstructionsQueryVariables>;
export const InstructionTextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructionTexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstructionTextsQuery, InstructionTextsQueryVariables>;
export const ContractorChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractorChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ContractorChainsQuery, ContractorChainsQueryVariables>;
export const ContractorChainPartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractorChainPart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIds"}}]}}]}}]} as unknown as DocumentNode<ContractorChainPartQuery, ContractorChainPartQueryVariables>;
export const SearchPartiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchParties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchParties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kvkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<SearchPartiesQuery, SearchPartiesQueryVariables>;
export const RegisterPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}}]}}]}}]} as unknown as DocumentNode<RegisterPartyMutation, RegisterPartyMutationVariables>;
export const EngagePartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EngageParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EngagePartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engageParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}}]}}]}}]} as unknown as DocumentNode<EngagePartyMutation, EngagePartyMutationVariables>;
export const PassDownInstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PassDownInstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PassDownInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passDownInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PassDownInstructionMutation, PassDownInstructionMutationVariables>;
export const IssueInstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueSafetyInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueSafetyInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instructionId"}},{"kind":"Field","name":{"kind":"Name","value":"instructionVersion"}}]}}]}}]} as unknown as DocumentNode<IssueInstructionMutation, IssueInstructionMutationVariables>;
export const MyWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkersQuery, MyWorkersQueryVariables>;
export const WorkerLinkInstructionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerLinkInstructions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}}]}}]}}]}}]} as unknown as DocumentNode<WorkerLinkInstructionsQuery, WorkerLinkInstructionsQueryVariables>;
export const RegisterWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]} as unknown as DocumentNode<RegisterWorkerMutation, RegisterWorkerMutationVariables>;
export const CreateWorkerLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkerLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAcknowledgementLinksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAcknowledgementLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchId"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkerLinksMutation, CreateWorkerLinksMutationVariables>;
export const RecordVergewisCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVergewisCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVergewisCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVergewisCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkId"}}]}}]}}]} as unknown as DocumentNode<RecordVergewisCheckMutation, RecordVergewisCheckMutationVariables>;
export const MyGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"chainId"}},{"kind":"Field","name":{"kind":"Name","value":"chainName"}},{"kind":"Field","name":{"kind":"Name","value":"grantedByPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reportPath"}}]}}]}}]} as unknown as DocumentNode<MyGrantsQuery, MyGrantsQueryVariables>;
export const ChainIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"absenceDays"}},{"kind":"Field","name":{"kind":"Name","value":"victimRelation"}},{"kind":"Field","name":{"kind":"Name","value":"authorityHolderPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"reporterPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"notifierPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChainIncidentsQuery, ChainIncidentsQueryVariables>;
export const IncidentChecklistViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentChecklistView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"incidentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"incidentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}},{"kind":"Field","name":{"kind":"Name","value":"resumedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resumptionRecordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"duty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"mustReport"}},{"kind":"Field","name":{"kind":"Name","value":"dutyBearerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"victimRelation"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lateDiscovery"}},{"kind":"Field","name":{"kind":"Name","value":"directReportHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentChecklistViewQuery, IncidentChecklistViewQueryVariables>;
export const NotifyIncidentFromScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NotifyIncidentFromScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotifyIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifyIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NotifyIncidentFromScreenMutation, NotifyIncidentFromScreenMutationVariables>;
export const RecordMeasuresFromScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasuresFromScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIncidentMeasuresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIncidentMeasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordMeasuresFromScreenMutation, RecordMeasuresFromScreenMutationVariables>;
export const ResumeWorkFromScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeWorkFromScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResumeWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResumeWorkFromScreenMutation, ResumeWorkFromScreenMutationVariables>;
export const ChainAsOfViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainAsOfView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayClock"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"principalPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"activeLinkCount"}},{"kind":"Field","name":{"kind":"Name","value":"endedLinkCount"}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"activeLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}}]}}]}}]} as unknown as DocumentNode<ChainAsOfViewQuery, ChainAsOfViewQueryVariables>;
export const ChainAsOfFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainAsOfFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayClock"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ChainAsOfFindingsQuery, ChainAsOfFindingsQueryVariables>;
export const InspectSpanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectSpan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayClock"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"0"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"firstAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<InspectSpanQuery, InspectSpanQueryVariables>;
export const InspectTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayClock"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}},{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]}}]} as unknown as DocumentNode<InspectTimelineQuery, InspectTimelineQueryVariables>;
export const MyWorkChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkChainsQuery, MyWorkChainsQueryVariables>;
export const MyInstructionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInstructions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInstructionsQuery, MyInstructionsQueryVariables>;
export const AcknowledgeOwnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeOwn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeOwnMutation, AcknowledgeOwnMutationVariables>;
export const NearMissChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NearMissChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}}]}}]}}]} as unknown as DocumentNode<NearMissChainsQuery, NearMissChainsQueryVariables>;
export const ReportNearMissDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportNearMiss"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}}]}}]}}]} as unknown as DocumentNode<ReportNearMissMutation, ReportNearMissMutationVariables>;
export const GateChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GateChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GateChainsQuery, GateChainsQueryVariables>;
export const GateTopicsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GateTopics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GateTopicsQuery, GateTopicsQueryVariables>;
export const GateCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GateCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pass"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topics"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gateCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pass"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pass"}}},{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topics"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topics"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"dutyBearerNames"}},{"kind":"Field","name":{"kind":"Name","value":"policyNote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GateCheckQuery, GateCheckQueryVariables>;
export const GateStartWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GateStartWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartWorkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventIds"}}]}}]}}]} as unknown as DocumentNode<GateStartWorkMutation, GateStartWorkMutationVariables>;
export const MyWorkerPassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkerPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkerPass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]} as unknown as DocumentNode<MyWorkerPassQuery, MyWorkerPassQueryVariables>;
export const OwnWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OwnWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OwnWorkersQuery, OwnWorkersQueryVariables>;
export const WorkerPassesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerPassesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerPasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerPartyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]} as unknown as DocumentNode<WorkerPassesOfQuery, WorkerPassesOfQueryVariables>;
export const IssuePassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssuePass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueWorkerPassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueWorkerPass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passId"}}]}}]}}]}}]} as unknown as DocumentNode<IssuePassMutation, IssuePassMutationVariables>;
export const RevokePassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokePass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeWorkerPassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeWorkerPass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventIds"}}]}}]}}]} as unknown as DocumentNode<RevokePassMutation, RevokePassMutationVariables>;
export const NlaDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NlaDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NlaReportDutyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nlaReportDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"mustReport"}},{"kind":"Field","name":{"kind":"Name","value":"dutyBearerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"victimRelation"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"byPhone"}},{"kind":"Field","name":{"kind":"Name","value":"lateDiscovery"}},{"kind":"Field","name":{"kind":"Name","value":"directReportHours"}}]}}]}}]} as unknown as DocumentNode<NlaDutyQuery, NlaDutyQueryVariables>;
export const ReportIncidentFromScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncidentFromScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentId"}}]}}]}}]} as unknown as DocumentNode<ReportIncidentFromScreenMutation, ReportIncidentFromScreenMutationVariables>;
export const RequestSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestSignInMutation, RequestSignInMutationVariables>;
export const CompleteSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CompleteSignInMutation, CompleteSignInMutationVariables>;