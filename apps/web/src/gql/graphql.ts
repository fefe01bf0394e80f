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

/** LAW in force, the LENDING_ACT on lent workers, or a CERTIFICATION_OR_CONTRACT rule. */
export type BasisKind =
  | 'CERTIFICATION_OR_CONTRACT'
  | 'LAW'
  | 'LENDING_ACT';

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

/** ACTIVE: may be used now. NOT_YET_VALID: starts at validFrom. EXPIRED: validUntil has passed. REVOKED: withdrawn by a grantor. */
export type GrantStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'REVOKED';

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

/** What kind of engagement a link is. */
export type LinkKind =
  | 'LENDING'
  | 'SELF_EMPLOYED'
  | 'SUBCONTRACT'
  | 'SUPPLY';

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

/** OCCURRED: valid time, what had happened in the world by then. RECORDED: transaction time, what the records said then. */
export type ReplayClock =
  | 'OCCURRED'
  | 'RECORDED';

/** RECORDED_AFTER_INCIDENT: dated before an incident it relates to but recorded after it happened (backdated). LATE_ENTRY: recorded long after it occurred. IMPORTED: brought in by a history import (dated as claimed, recorded at the import). */
export type TimelineFlag =
  | 'IMPORTED'
  | 'LATE_ENTRY'
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

/** How a worker belongs to its party. */
export type WorkerRelation =
  | 'EMPLOYEE'
  | 'LENT_WORKER'
  | 'SELF';

export type EvidenceBundleQueryVariables = Exact<{
  chainId: string | number;
}>;


export type EvidenceBundleQuery = { exportEvidenceBundle: { json: string, eventCount: number } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { me: { userId: string, name: string | null, email: string | null, role: string, workerId: string | null }, myParty: { id: string, name: string } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChainViewQueryVariables = Exact<{
  chainId: string | number;
}>;


export type ChainViewQuery = { chain: { id: string, name: string, siteAddress: string | null, viewerIsPrincipal: boolean, principal: { id: string, name: string }, tree: Array<{ depth: number, kind: LinkKind | null, linkId: string | null, parentPartyId: string | null, partyId: string, partyName: string, active: boolean }>, links: Array<{ id: string, kind: LinkKind, underAuthority: boolean, active: boolean, startDate: string, endDate: string | null, scope: string }>, parties: Array<{ id: string, name: string, workers: Array<{ id: string, name: string }> }>, instructions: Array<{ id: string, title: string, currentVersion: number, issuerPartyId: string, status: Array<{ partyId: string, workerId: string | null, status: AcknowledgementState, receivedVersion: number | null, acknowledgedVersion: number | null, channel: AcknowledgementChannel | null, acknowledgedAt: string | null }> }> }, findings: Array<{ ruleId: string, title: string, explanation: string, arisenAt: string, resolvedAt: string | null, partyIds: Array<string>, evidenceEventIds: Array<string>, policyNote: string | null, basis: { article: string, text: string, kind: BasisKind } }> };

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


export type ContractorChainQuery = { myParty: { id: string, name: string, kind: PartyKind } | null, chain: { id: string, name: string, version: number, viewerIsPrincipal: boolean, principal: { id: string, name: string }, tree: Array<{ depth: number, kind: LinkKind | null, linkId: string | null, parentPartyId: string | null, partyId: string, partyName: string, active: boolean }>, links: Array<{ id: string, kind: LinkKind, fromPartyId: string, toPartyId: string, underAuthority: boolean, active: boolean, startDate: string, endDate: string | null, scope: string }>, parties: Array<{ id: string, name: string, kvkNumber: string | null, kind: PartyKind, workers: Array<{ id: string, name: string }> }>, instructions: Array<{ id: string, title: string, currentVersion: number, issuerPartyId: string }>, checks: Array<{ id: string, subject: VergewisSubject, outcome: VergewisOutcome, summary: string, checkedAt: string, validUntil: string | null, subjectPartyId: string, subjectWorkerId: string | null, checkerPartyId: string, retracted: boolean, evidence: Array<{ name: string, sha256: string, sizeBytes: number | null }> }> }, findings: Array<{ ruleId: string, title: string, explanation: string, arisenAt: string, resolvedAt: string | null, partyIds: Array<string>, evidenceEventIds: Array<string>, policyNote: string | null, basis: { article: string, text: string, kind: BasisKind } }> };

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

export type InspectTimelineQueryVariables = Exact<{
  chainId: string | number;
  clock: ReplayClock;
}>;


export type InspectTimelineQuery = { timeline: { total: number, entries: Array<{ eventId: string, position: number, type: string, summary: string, occurredAt: string, recordedAt: string, actorName: string | null, flags: Array<TimelineFlag> }> } };

export type ChainAsOfViewQueryVariables = Exact<{
  chainId: string | number;
  asOf: string;
  clock: ReplayClock;
}>;


export type ChainAsOfViewQuery = { chainAsOf: { name: string, asOf: string, eventCount: number, principalPartyId: string, activeLinks: Array<{ id: string, kind: string, fromPartyId: string, fromPartyName: string, toPartyId: string, toPartyName: string, underAuthority: boolean, scope: string, active: boolean, endDate: string | null }>, endedLinks: Array<{ id: string, kind: string, fromPartyId: string, fromPartyName: string, toPartyId: string, toPartyName: string, underAuthority: boolean, scope: string, active: boolean, endDate: string | null }>, instructions: Array<{ id: string, title: string, currentVersion: number, status: Array<{ status: string }> }>, incidents: Array<{ id: string, kind: string, severity: string, happenedAt: string, reporterName: string, retracted: boolean, description: string }>, findings: Array<{ ruleId: string, resolvedAt: string | null }> } };

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

export type RequestSignInMutationVariables = Exact<{
  email: string;
}>;


export type RequestSignInMutation = { requestSignIn: boolean };

export type CompleteSignInMutationVariables = Exact<{
  code: string;
}>;


export type CompleteSignInMutation = { completeSignIn: { expiresAt: string } };


export const EvidenceBundleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceBundle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportEvidenceBundle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"json"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}}]}}]}}]} as unknown as DocumentNode<EvidenceBundleQuery, EvidenceBundleQueryVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const ChainViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"issuerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"arisenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"policyNote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ChainViewQuery, ChainViewQueryVariables>;
export const MyChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyChainsQuery, MyChainsQueryVariables>;
export const ChainHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ChainHealthQuery, ChainHealthQueryVariables>;
export const ActingPartyOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActingPartyOption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActingPartyOptionQuery, ActingPartyOptionQueryVariables>;
export const ContractorChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractorChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsPrincipal"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"parentPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kvkNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"issuerPartyId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"subjectPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectWorkerId"}},{"kind":"Field","name":{"kind":"Name","value":"checkerPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"arisenAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partyIds"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceEventIds"}},{"kind":"Field","name":{"kind":"Name","value":"policyNote"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ContractorChainQuery, ContractorChainQueryVariables>;
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
export const InspectTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayClock"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}}]}}]}}]}}]} as unknown as DocumentNode<InspectTimelineQuery, InspectTimelineQueryVariables>;
export const ChainAsOfViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainAsOfView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayClock"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chainId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"eventCount"}},{"kind":"Field","name":{"kind":"Name","value":"principalPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"activeLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"fromPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyId"}},{"kind":"Field","name":{"kind":"Name","value":"toPartyName"}},{"kind":"Field","name":{"kind":"Name","value":"underAuthority"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"happenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"retracted"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ChainAsOfViewQuery, ChainAsOfViewQueryVariables>;
export const MyWorkChainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkChains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyWorkChainsQuery, MyWorkChainsQueryVariables>;
export const MyInstructionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInstructions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chainId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInstructionsQuery, MyInstructionsQueryVariables>;
export const AcknowledgeOwnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeOwn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeOwnMutation, AcknowledgeOwnMutationVariables>;
export const RequestSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestSignInMutation, RequestSignInMutationVariables>;
export const CompleteSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<CompleteSignInMutation, CompleteSignInMutationVariables>;