/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query EvidenceBundle($chainId: ID!) {\n    exportEvidenceBundle(chainId: $chainId) { json eventCount }\n  }\n": typeof types.EvidenceBundleDocument,
    "\n  query WhoAmI {\n    me { userId name email role workerId }\n    myParty { id name }\n  }\n": typeof types.WhoAmIDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query ChainView($chainId: ID!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind underAuthority active startDate endDate scope }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": typeof types.ChainViewDocument,
    "\n  query MyChains {\n    chains { id name siteAddress openedAt viewerIsPrincipal principal { id name } }\n  }\n": typeof types.MyChainsDocument,
    "\n  query ChainHealth($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id currentVersion status { status } }\n      incidents { id retracted }\n    }\n    findings(chainId: $chainId) { ruleId resolvedAt }\n  }\n": typeof types.ChainHealthDocument,
    "\n  query ActingPartyOption {\n    me { name role }\n    myParty { id name }\n  }\n": typeof types.ActingPartyOptionDocument,
    "\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": typeof types.ContractorChainDocument,
    "\n  query ContractorInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n        versions { version topics receipts { linkId partyId version retracted receivedAt } }\n      }\n    }\n  }\n": typeof types.ContractorInstructionsDocument,
    "\n  query InstructionTexts($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id versions { version content { language title body } } }\n    }\n  }\n": typeof types.InstructionTextsDocument,
    "\n  query ContractorChains {\n    myParty { id name }\n    chains { id name siteAddress viewerIsPrincipal principal { id name } }\n  }\n": typeof types.ContractorChainsDocument,
    "\n  query ContractorChainPart($chainId: ID!) {\n    chain(id: $chainId) { id links { id fromPartyId active } }\n    findings(chainId: $chainId) { ruleId resolvedAt partyIds }\n  }\n": typeof types.ContractorChainPartDocument,
    "\n  query SearchParties($query: String!) {\n    searchParties(query: $query, limit: 20) { id name kvkNumber kind country }\n  }\n": typeof types.SearchPartiesDocument,
    "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) { partyId }\n  }\n": typeof types.RegisterPartyDocument,
    "\n  mutation EngageParty($input: EngagePartyInput!) {\n    engageParty(input: $input) { linkId }\n  }\n": typeof types.EngagePartyDocument,
    "\n  mutation PassDownInstruction($input: PassDownInstructionInput!) {\n    passDownInstruction(input: $input) { version }\n  }\n": typeof types.PassDownInstructionDocument,
    "\n  mutation IssueInstruction($input: IssueSafetyInstructionInput!) {\n    issueSafetyInstruction(input: $input) { instructionId instructionVersion }\n  }\n": typeof types.IssueInstructionDocument,
    "\n  query MyWorkers {\n    myParty { id name kind workers { id name languages relation registeredAt } }\n    chains { id name }\n  }\n": typeof types.MyWorkersDocument,
    "\n  query WorkerLinkInstructions($chainId: ID!) {\n    chain(id: $chainId) { id instructions { id title currentVersion } }\n  }\n": typeof types.WorkerLinkInstructionsDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { workerId }\n  }\n": typeof types.RegisterWorkerDocument,
    "\n  mutation CreateWorkerLinks($input: CreateAcknowledgementLinksInput!) {\n    createAcknowledgementLinks(input: $input) { batchId links { linkId workerName url expiresAt } }\n  }\n": typeof types.CreateWorkerLinksDocument,
    "\n  mutation RecordVergewisCheck($input: RecordVergewisCheckInput!) {\n    recordVergewisCheck(input: $input) { checkId }\n  }\n": typeof types.RecordVergewisCheckDocument,
    "\n  query MyGrants {\n    myGrants { grantId chainId chainName grantedByPartyName inspectorPartyName status validFrom validUntil reportPath }\n  }\n": typeof types.MyGrantsDocument,
    "\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n": typeof types.InspectTimelineDocument,
    "\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description }\n      findings { ruleId resolvedAt }\n    }\n  }\n": typeof types.ChainAsOfViewDocument,
    "\n  query MyWorkChains {\n    chains(first: 50) { id name }\n  }\n": typeof types.MyWorkChainsDocument,
    "\n  query MyInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id name\n      instructions(first: 10) {\n        id title currentVersion\n        status(first: 100) { workerId status acknowledgedVersion acknowledgedAt }\n        versions(first: 5) { version current content { language title body } }\n      }\n    }\n  }\n": typeof types.MyInstructionsDocument,
    "\n  mutation AcknowledgeOwn($input: AcknowledgeInstructionInput!) {\n    acknowledgeInstruction(input: $input) { version }\n  }\n": typeof types.AcknowledgeOwnDocument,
    "\n  mutation RequestSignIn($email: String!) { requestSignIn(email: $email) }\n": typeof types.RequestSignInDocument,
    "\n  mutation CompleteSignIn($code: String!) { completeSignIn(code: $code) { expiresAt } }\n": typeof types.CompleteSignInDocument,
};
const documents: Documents = {
    "\n  query EvidenceBundle($chainId: ID!) {\n    exportEvidenceBundle(chainId: $chainId) { json eventCount }\n  }\n": types.EvidenceBundleDocument,
    "\n  query WhoAmI {\n    me { userId name email role workerId }\n    myParty { id name }\n  }\n": types.WhoAmIDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query ChainView($chainId: ID!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind underAuthority active startDate endDate scope }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": types.ChainViewDocument,
    "\n  query MyChains {\n    chains { id name siteAddress openedAt viewerIsPrincipal principal { id name } }\n  }\n": types.MyChainsDocument,
    "\n  query ChainHealth($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id currentVersion status { status } }\n      incidents { id retracted }\n    }\n    findings(chainId: $chainId) { ruleId resolvedAt }\n  }\n": types.ChainHealthDocument,
    "\n  query ActingPartyOption {\n    me { name role }\n    myParty { id name }\n  }\n": types.ActingPartyOptionDocument,
    "\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": types.ContractorChainDocument,
    "\n  query ContractorInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n        versions { version topics receipts { linkId partyId version retracted receivedAt } }\n      }\n    }\n  }\n": types.ContractorInstructionsDocument,
    "\n  query InstructionTexts($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id versions { version content { language title body } } }\n    }\n  }\n": types.InstructionTextsDocument,
    "\n  query ContractorChains {\n    myParty { id name }\n    chains { id name siteAddress viewerIsPrincipal principal { id name } }\n  }\n": types.ContractorChainsDocument,
    "\n  query ContractorChainPart($chainId: ID!) {\n    chain(id: $chainId) { id links { id fromPartyId active } }\n    findings(chainId: $chainId) { ruleId resolvedAt partyIds }\n  }\n": types.ContractorChainPartDocument,
    "\n  query SearchParties($query: String!) {\n    searchParties(query: $query, limit: 20) { id name kvkNumber kind country }\n  }\n": types.SearchPartiesDocument,
    "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) { partyId }\n  }\n": types.RegisterPartyDocument,
    "\n  mutation EngageParty($input: EngagePartyInput!) {\n    engageParty(input: $input) { linkId }\n  }\n": types.EngagePartyDocument,
    "\n  mutation PassDownInstruction($input: PassDownInstructionInput!) {\n    passDownInstruction(input: $input) { version }\n  }\n": types.PassDownInstructionDocument,
    "\n  mutation IssueInstruction($input: IssueSafetyInstructionInput!) {\n    issueSafetyInstruction(input: $input) { instructionId instructionVersion }\n  }\n": types.IssueInstructionDocument,
    "\n  query MyWorkers {\n    myParty { id name kind workers { id name languages relation registeredAt } }\n    chains { id name }\n  }\n": types.MyWorkersDocument,
    "\n  query WorkerLinkInstructions($chainId: ID!) {\n    chain(id: $chainId) { id instructions { id title currentVersion } }\n  }\n": types.WorkerLinkInstructionsDocument,
    "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { workerId }\n  }\n": types.RegisterWorkerDocument,
    "\n  mutation CreateWorkerLinks($input: CreateAcknowledgementLinksInput!) {\n    createAcknowledgementLinks(input: $input) { batchId links { linkId workerName url expiresAt } }\n  }\n": types.CreateWorkerLinksDocument,
    "\n  mutation RecordVergewisCheck($input: RecordVergewisCheckInput!) {\n    recordVergewisCheck(input: $input) { checkId }\n  }\n": types.RecordVergewisCheckDocument,
    "\n  query MyGrants {\n    myGrants { grantId chainId chainName grantedByPartyName inspectorPartyName status validFrom validUntil reportPath }\n  }\n": types.MyGrantsDocument,
    "\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n": types.InspectTimelineDocument,
    "\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description }\n      findings { ruleId resolvedAt }\n    }\n  }\n": types.ChainAsOfViewDocument,
    "\n  query MyWorkChains {\n    chains(first: 50) { id name }\n  }\n": types.MyWorkChainsDocument,
    "\n  query MyInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id name\n      instructions(first: 10) {\n        id title currentVersion\n        status(first: 100) { workerId status acknowledgedVersion acknowledgedAt }\n        versions(first: 5) { version current content { language title body } }\n      }\n    }\n  }\n": types.MyInstructionsDocument,
    "\n  mutation AcknowledgeOwn($input: AcknowledgeInstructionInput!) {\n    acknowledgeInstruction(input: $input) { version }\n  }\n": types.AcknowledgeOwnDocument,
    "\n  mutation RequestSignIn($email: String!) { requestSignIn(email: $email) }\n": types.RequestSignInDocument,
    "\n  mutation CompleteSignIn($code: String!) { completeSignIn(code: $code) { expiresAt } }\n": types.CompleteSignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceBundle($chainId: ID!) {\n    exportEvidenceBundle(chainId: $chainId) { json eventCount }\n  }\n"): (typeof documents)["\n  query EvidenceBundle($chainId: ID!) {\n    exportEvidenceBundle(chainId: $chainId) { json eventCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoAmI {\n    me { userId name email role workerId }\n    myParty { id name }\n  }\n"): (typeof documents)["\n  query WhoAmI {\n    me { userId name email role workerId }\n    myParty { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): (typeof documents)["\n  mutation SignOut { signOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainView($chainId: ID!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind underAuthority active startDate endDate scope }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"): (typeof documents)["\n  query ChainView($chainId: ID!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind underAuthority active startDate endDate scope }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyChains {\n    chains { id name siteAddress openedAt viewerIsPrincipal principal { id name } }\n  }\n"): (typeof documents)["\n  query MyChains {\n    chains { id name siteAddress openedAt viewerIsPrincipal principal { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainHealth($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id currentVersion status { status } }\n      incidents { id retracted }\n    }\n    findings(chainId: $chainId) { ruleId resolvedAt }\n  }\n"): (typeof documents)["\n  query ChainHealth($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id currentVersion status { status } }\n      incidents { id retracted }\n    }\n    findings(chainId: $chainId) { ruleId resolvedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActingPartyOption {\n    me { name role }\n    myParty { id name }\n  }\n"): (typeof documents)["\n  query ActingPartyOption {\n    me { name role }\n    myParty { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"): (typeof documents)["\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      tree { depth kind linkId parentPartyId partyId partyName active }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n        versions { version topics receipts { linkId partyId version retracted receivedAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n        versions { version topics receipts { linkId partyId version retracted receivedAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstructionTexts($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id versions { version content { language title body } } }\n    }\n  }\n"): (typeof documents)["\n  query InstructionTexts($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id versions { version content { language title body } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorChains {\n    myParty { id name }\n    chains { id name siteAddress viewerIsPrincipal principal { id name } }\n  }\n"): (typeof documents)["\n  query ContractorChains {\n    myParty { id name }\n    chains { id name siteAddress viewerIsPrincipal principal { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorChainPart($chainId: ID!) {\n    chain(id: $chainId) { id links { id fromPartyId active } }\n    findings(chainId: $chainId) { ruleId resolvedAt partyIds }\n  }\n"): (typeof documents)["\n  query ContractorChainPart($chainId: ID!) {\n    chain(id: $chainId) { id links { id fromPartyId active } }\n    findings(chainId: $chainId) { ruleId resolvedAt partyIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchParties($query: String!) {\n    searchParties(query: $query, limit: 20) { id name kvkNumber kind country }\n  }\n"): (typeof documents)["\n  query SearchParties($query: String!) {\n    searchParties(query: $query, limit: 20) { id name kvkNumber kind country }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) { partyId }\n  }\n"): (typeof documents)["\n  mutation RegisterParty($input: RegisterPartyInput!) {\n    registerParty(input: $input) { partyId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EngageParty($input: EngagePartyInput!) {\n    engageParty(input: $input) { linkId }\n  }\n"): (typeof documents)["\n  mutation EngageParty($input: EngagePartyInput!) {\n    engageParty(input: $input) { linkId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PassDownInstruction($input: PassDownInstructionInput!) {\n    passDownInstruction(input: $input) { version }\n  }\n"): (typeof documents)["\n  mutation PassDownInstruction($input: PassDownInstructionInput!) {\n    passDownInstruction(input: $input) { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInstruction($input: IssueSafetyInstructionInput!) {\n    issueSafetyInstruction(input: $input) { instructionId instructionVersion }\n  }\n"): (typeof documents)["\n  mutation IssueInstruction($input: IssueSafetyInstructionInput!) {\n    issueSafetyInstruction(input: $input) { instructionId instructionVersion }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkers {\n    myParty { id name kind workers { id name languages relation registeredAt } }\n    chains { id name }\n  }\n"): (typeof documents)["\n  query MyWorkers {\n    myParty { id name kind workers { id name languages relation registeredAt } }\n    chains { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerLinkInstructions($chainId: ID!) {\n    chain(id: $chainId) { id instructions { id title currentVersion } }\n  }\n"): (typeof documents)["\n  query WorkerLinkInstructions($chainId: ID!) {\n    chain(id: $chainId) { id instructions { id title currentVersion } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { workerId }\n  }\n"): (typeof documents)["\n  mutation RegisterWorker($input: RegisterWorkerInput!) {\n    registerWorker(input: $input) { workerId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkerLinks($input: CreateAcknowledgementLinksInput!) {\n    createAcknowledgementLinks(input: $input) { batchId links { linkId workerName url expiresAt } }\n  }\n"): (typeof documents)["\n  mutation CreateWorkerLinks($input: CreateAcknowledgementLinksInput!) {\n    createAcknowledgementLinks(input: $input) { batchId links { linkId workerName url expiresAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVergewisCheck($input: RecordVergewisCheckInput!) {\n    recordVergewisCheck(input: $input) { checkId }\n  }\n"): (typeof documents)["\n  mutation RecordVergewisCheck($input: RecordVergewisCheckInput!) {\n    recordVergewisCheck(input: $input) { checkId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrants {\n    myGrants { grantId chainId chainName grantedByPartyName inspectorPartyName status validFrom validUntil reportPath }\n  }\n"): (typeof documents)["\n  query MyGrants {\n    myGrants { grantId chainId chainName grantedByPartyName inspectorPartyName status validFrom validUntil reportPath }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n"): (typeof documents)["\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description }\n      findings { ruleId resolvedAt }\n    }\n  }\n"): (typeof documents)["\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description }\n      findings { ruleId resolvedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkChains {\n    chains(first: 50) { id name }\n  }\n"): (typeof documents)["\n  query MyWorkChains {\n    chains(first: 50) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id name\n      instructions(first: 10) {\n        id title currentVersion\n        status(first: 100) { workerId status acknowledgedVersion acknowledgedAt }\n        versions(first: 5) { version current content { language title body } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id name\n      instructions(first: 10) {\n        id title currentVersion\n        status(first: 100) { workerId status acknowledgedVersion acknowledgedAt }\n        versions(first: 5) { version current content { language title body } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeOwn($input: AcknowledgeInstructionInput!) {\n    acknowledgeInstruction(input: $input) { version }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeOwn($input: AcknowledgeInstructionInput!) {\n    acknowledgeInstruction(input: $input) { version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignIn($email: String!) { requestSignIn(email: $email) }\n"): (typeof documents)["\n  mutation RequestSignIn($email: String!) { requestSignIn(email: $email) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignIn($code: String!) { completeSignIn(code: $code) { expiresAt } }\n"): (typeof documents)["\n  mutation CompleteSignIn($code: String!) { completeSignIn(code: $code) { expiresAt } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;