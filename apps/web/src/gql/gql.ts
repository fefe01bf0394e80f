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
    "\n  query ChainTreePage($chainId: ID!, $first: Int!, $offset: Int!) {\n    chain(id: $chainId) {\n      id\n      tree(first: $first, offset: $offset) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n": typeof types.ChainTreePageDocument,
    "\n  query FindingsPerMonth($chainId: ID!, $months: Int!) {\n    findingsPerMonth(chainId: $chainId, months: $months) {\n      months covered total\n      bars { month partyId partyName opened resolved }\n    }\n  }\n": typeof types.FindingsPerMonthDocument,
    "\n  query TimelineMarks($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { marked: true, limit: 200 }) {\n      total firstAt lastAt\n      entries { eventId step type summary occurredAt recordedAt flags }\n    }\n  }\n": typeof types.TimelineMarksDocument,
    "\n  query WhoKnewList($chainId: ID!, $incidentId: ID, $instructionId: ID, $topic: String, $location: String) {\n    whoKnew(chainId: $chainId, incidentId: $incidentId, instructionId: $instructionId, topic: $topic, location: $location) {\n      knowers(first: 50) {\n        partyId partyName workerId workerName authority how since\n        ways(first: 10) { eventId how channel noticeChannel action occurredAt recordedAt }\n      }\n    }\n  }\n": typeof types.WhoKnewListDocument,
    "\n  query WhoAmI {\n    me { userId name email role workerId }\n    myParty { id name }\n  }\n": typeof types.WhoAmIDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  mutation CommentOnAction($input: CommentOnCorrectiveActionInput!) {\n    commentOnCorrectiveAction(input: $input) { eventIds }\n  }\n": typeof types.CommentOnActionDocument,
    "\n  mutation CompleteAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) { eventIds }\n  }\n": typeof types.CompleteActionDocument,
    "\n  mutation VerifyAction($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) { eventIds }\n  }\n": typeof types.VerifyActionDocument,
    "\n  mutation ReopenAction($input: ReopenCorrectiveActionInput!) {\n    reopenCorrectiveAction(input: $input) { eventIds }\n  }\n": typeof types.ReopenActionDocument,
    "\n  query ChainActions($chainId: ID!) {\n    myParty { id }\n    correctiveActions(chainId: $chainId, first: 50) {\n      id description status overdue dueAt assignedAt\n      assignedByName assignedByPartyId assigneeName assigneePartyId\n      completedAt completionNote verifiedAt reopenedReason\n      subject { kind ruleId findingArisenAt }\n      evidence(first: 5) { name sha256 }\n      comments(first: 12) { eventId byName text recordedAt }\n    }\n  }\n": typeof types.ChainActionsDocument,
    "\n  mutation AssignAction($input: AssignCorrectiveActionInput!) {\n    assignCorrectiveAction(input: $input) { actionId }\n  }\n": typeof types.AssignActionDocument,
    "\n  query ChainView($chainId: ID!, $first: Int!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree(first: $first, offset: 0) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n": typeof types.ChainViewDocument,
    "\n  query ChainWork($chainId: ID!, $language: String) {\n    chain(id: $chainId) {\n      id\n      tree { depth partyId partyName }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId, language: $language) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": typeof types.ChainWorkDocument,
    "\n  query MyChains {\n    chains { id name siteAddress openedAt viewerIsPrincipal principal { id name } }\n  }\n": typeof types.MyChainsDocument,
    "\n  query ChainHealth($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id currentVersion status { status } }\n      incidents { id retracted }\n    }\n    findings(chainId: $chainId) { ruleId resolvedAt }\n  }\n": typeof types.ChainHealthDocument,
    "\n  query ActingPartyOption {\n    me { name role }\n    myParty { id name }\n  }\n": typeof types.ActingPartyOptionDocument,
    "\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree { depth kind linkId parentPartyId partyId partyName active scope underAuthority endDate }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": typeof types.ContractorChainDocument,
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
    "\n  query ChainIncidents($chainId: ID!) {\n    chain(id: $chainId) {\n      id name viewerIsPrincipal\n      instructions { id title }\n      tree { partyId partyName linkId }\n      parties { id name workers { id name } }\n      links { id kind fromPartyId toPartyId active underAuthority scope }\n      incidents {\n        id kind happenedAt location description severity absenceDays victimRelation authorityHolderPartyId reporterPartyId retracted reportedAt topics\n        victim { partyId workerId linkId }\n        notifications { eventId notifierPartyId recipientPartyId recipientAuthority channel reference notifiedAt recordedAt retracted }\n      }\n    }\n  }\n": typeof types.ChainIncidentsDocument,
    "\n  query IncidentChecklistView($chainId: ID!, $incidentId: ID!) {\n    incidentChecklist(chainId: $chainId, incidentId: $incidentId) {\n      incidentId resumedAt resumptionRecordedAt\n      duty { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n      measures { eventId byPartyId description occurredAt recordedAt }\n    }\n  }\n": typeof types.IncidentChecklistViewDocument,
    "\n  mutation NotifyIncidentFromScreen($input: NotifyIncidentInput!) { notifyIncident(input: $input) { version } }\n": typeof types.NotifyIncidentFromScreenDocument,
    "\n  mutation RecordMeasuresFromScreen($input: RecordIncidentMeasuresInput!) { recordIncidentMeasures(input: $input) { version } }\n": typeof types.RecordMeasuresFromScreenDocument,
    "\n  mutation ResumeWorkFromScreen($input: ResumeWorkInput!) { resumeWork(input: $input) { version } }\n": typeof types.ResumeWorkFromScreenDocument,
    "\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId activeLinkCount endedLinkCount incidentCount\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description location topics }\n    }\n  }\n": typeof types.ChainAsOfViewDocument,
    "\n  query ChainAsOfFindings($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      findings(first: 500) { ruleId resolvedAt }\n    }\n  }\n": typeof types.ChainAsOfFindingsDocument,
    "\n  query InspectSpan($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 0 }) { total firstAt lastAt }\n  }\n": typeof types.InspectSpanDocument,
    "\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!, $offset: Int!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 500, offset: $offset }) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n": typeof types.InspectTimelineDocument,
    "\n  query MyWorkChains {\n    chains(first: 50) { id name }\n  }\n": typeof types.MyWorkChainsDocument,
    "\n  query MyInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id name\n      instructions(first: 10) {\n        id title currentVersion\n        status(first: 100) { workerId status acknowledgedVersion acknowledgedAt }\n        versions(first: 5) { version current content { language title body } }\n      }\n    }\n  }\n": typeof types.MyInstructionsDocument,
    "\n  mutation AcknowledgeOwn($input: AcknowledgeInstructionInput!) {\n    acknowledgeInstruction(input: $input) { version }\n  }\n": typeof types.AcknowledgeOwnDocument,
    "\n  query NearMissChains {\n    chains(first: 50) { id name siteAddress }\n  }\n": typeof types.NearMissChainsDocument,
    "\n  mutation ReportNearMiss($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n": typeof types.ReportNearMissDocument,
    "\n  query GateChains {\n    chains(first: 100) { id name }\n  }\n": typeof types.GateChainsDocument,
    "\n  query GateTopics($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions(first: 50) { id title versions(first: 20) { current topics } }\n    }\n  }\n": typeof types.GateTopicsDocument,
    "\n  query GateCheck($pass: String!, $chainId: ID!, $topics: [String!]!, $language: String) {\n    gateCheck(pass: $pass, chainId: $chainId, topics: $topics, language: $language) {\n      verdict at linkId workerId workerPartyId workerName language topics\n      reasons(first: 50) { ruleId title explanation dutyBearerNames policyNote basis { article text } }\n    }\n  }\n": typeof types.GateCheckDocument,
    "\n  mutation GateStartWork($input: StartWorkInput!) {\n    startWork(input: $input) { verdict recordedAt eventIds }\n  }\n": typeof types.GateStartWorkDocument,
    "\n  query MyWorkerPass {\n    myWorkerPass { workerName status issuedAt expiresAt qrSvg }\n  }\n": typeof types.MyWorkerPassDocument,
    "\n  query OwnWorkers {\n    myParty { id name workers(first: 200) { id name } }\n  }\n": typeof types.OwnWorkersDocument,
    "\n  query WorkerPassesOf($partyId: ID!, $workerId: ID!) {\n    workerPasses(workerPartyId: $partyId, workerId: $workerId, first: 10) { passId status issuedAt expiresAt workerName qrSvg }\n  }\n": typeof types.WorkerPassesOfDocument,
    "\n  mutation IssuePass($input: IssueWorkerPassInput!) {\n    issueWorkerPass(input: $input) { pass { passId } }\n  }\n": typeof types.IssuePassDocument,
    "\n  mutation RevokePass($input: RevokeWorkerPassInput!) {\n    revokeWorkerPass(input: $input) { eventIds }\n  }\n": typeof types.RevokePassDocument,
    "\n  query NlaDuty($input: NlaReportDutyInput!) {\n    nlaReportDuty(input: $input) { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n  }\n": typeof types.NlaDutyDocument,
    "\n  mutation ReportIncidentFromScreen($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n": typeof types.ReportIncidentFromScreenDocument,
    "\n  mutation RequestSignIn($email: String!) { requestSignIn(email: $email) }\n": typeof types.RequestSignInDocument,
    "\n  mutation CompleteSignIn($code: String!) { completeSignIn(code: $code) { expiresAt } }\n": typeof types.CompleteSignInDocument,
};
const documents: Documents = {
    "\n  query ChainTreePage($chainId: ID!, $first: Int!, $offset: Int!) {\n    chain(id: $chainId) {\n      id\n      tree(first: $first, offset: $offset) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n": types.ChainTreePageDocument,
    "\n  query FindingsPerMonth($chainId: ID!, $months: Int!) {\n    findingsPerMonth(chainId: $chainId, months: $months) {\n      months covered total\n      bars { month partyId partyName opened resolved }\n    }\n  }\n": types.FindingsPerMonthDocument,
    "\n  query TimelineMarks($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { marked: true, limit: 200 }) {\n      total firstAt lastAt\n      entries { eventId step type summary occurredAt recordedAt flags }\n    }\n  }\n": types.TimelineMarksDocument,
    "\n  query WhoKnewList($chainId: ID!, $incidentId: ID, $instructionId: ID, $topic: String, $location: String) {\n    whoKnew(chainId: $chainId, incidentId: $incidentId, instructionId: $instructionId, topic: $topic, location: $location) {\n      knowers(first: 50) {\n        partyId partyName workerId workerName authority how since\n        ways(first: 10) { eventId how channel noticeChannel action occurredAt recordedAt }\n      }\n    }\n  }\n": types.WhoKnewListDocument,
    "\n  query WhoAmI {\n    me { userId name email role workerId }\n    myParty { id name }\n  }\n": types.WhoAmIDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  mutation CommentOnAction($input: CommentOnCorrectiveActionInput!) {\n    commentOnCorrectiveAction(input: $input) { eventIds }\n  }\n": types.CommentOnActionDocument,
    "\n  mutation CompleteAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) { eventIds }\n  }\n": types.CompleteActionDocument,
    "\n  mutation VerifyAction($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) { eventIds }\n  }\n": types.VerifyActionDocument,
    "\n  mutation ReopenAction($input: ReopenCorrectiveActionInput!) {\n    reopenCorrectiveAction(input: $input) { eventIds }\n  }\n": types.ReopenActionDocument,
    "\n  query ChainActions($chainId: ID!) {\n    myParty { id }\n    correctiveActions(chainId: $chainId, first: 50) {\n      id description status overdue dueAt assignedAt\n      assignedByName assignedByPartyId assigneeName assigneePartyId\n      completedAt completionNote verifiedAt reopenedReason\n      subject { kind ruleId findingArisenAt }\n      evidence(first: 5) { name sha256 }\n      comments(first: 12) { eventId byName text recordedAt }\n    }\n  }\n": types.ChainActionsDocument,
    "\n  mutation AssignAction($input: AssignCorrectiveActionInput!) {\n    assignCorrectiveAction(input: $input) { actionId }\n  }\n": types.AssignActionDocument,
    "\n  query ChainView($chainId: ID!, $first: Int!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree(first: $first, offset: 0) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n": types.ChainViewDocument,
    "\n  query ChainWork($chainId: ID!, $language: String) {\n    chain(id: $chainId) {\n      id\n      tree { depth partyId partyName }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId, language: $language) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": types.ChainWorkDocument,
    "\n  query MyChains {\n    chains { id name siteAddress openedAt viewerIsPrincipal principal { id name } }\n  }\n": types.MyChainsDocument,
    "\n  query ChainHealth($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions { id currentVersion status { status } }\n      incidents { id retracted }\n    }\n    findings(chainId: $chainId) { ruleId resolvedAt }\n  }\n": types.ChainHealthDocument,
    "\n  query ActingPartyOption {\n    me { name role }\n    myParty { id name }\n  }\n": types.ActingPartyOptionDocument,
    "\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree { depth kind linkId parentPartyId partyId partyName active scope underAuthority endDate }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n": types.ContractorChainDocument,
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
    "\n  query ChainIncidents($chainId: ID!) {\n    chain(id: $chainId) {\n      id name viewerIsPrincipal\n      instructions { id title }\n      tree { partyId partyName linkId }\n      parties { id name workers { id name } }\n      links { id kind fromPartyId toPartyId active underAuthority scope }\n      incidents {\n        id kind happenedAt location description severity absenceDays victimRelation authorityHolderPartyId reporterPartyId retracted reportedAt topics\n        victim { partyId workerId linkId }\n        notifications { eventId notifierPartyId recipientPartyId recipientAuthority channel reference notifiedAt recordedAt retracted }\n      }\n    }\n  }\n": types.ChainIncidentsDocument,
    "\n  query IncidentChecklistView($chainId: ID!, $incidentId: ID!) {\n    incidentChecklist(chainId: $chainId, incidentId: $incidentId) {\n      incidentId resumedAt resumptionRecordedAt\n      duty { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n      measures { eventId byPartyId description occurredAt recordedAt }\n    }\n  }\n": types.IncidentChecklistViewDocument,
    "\n  mutation NotifyIncidentFromScreen($input: NotifyIncidentInput!) { notifyIncident(input: $input) { version } }\n": types.NotifyIncidentFromScreenDocument,
    "\n  mutation RecordMeasuresFromScreen($input: RecordIncidentMeasuresInput!) { recordIncidentMeasures(input: $input) { version } }\n": types.RecordMeasuresFromScreenDocument,
    "\n  mutation ResumeWorkFromScreen($input: ResumeWorkInput!) { resumeWork(input: $input) { version } }\n": types.ResumeWorkFromScreenDocument,
    "\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId activeLinkCount endedLinkCount incidentCount\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description location topics }\n    }\n  }\n": types.ChainAsOfViewDocument,
    "\n  query ChainAsOfFindings($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      findings(first: 500) { ruleId resolvedAt }\n    }\n  }\n": types.ChainAsOfFindingsDocument,
    "\n  query InspectSpan($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 0 }) { total firstAt lastAt }\n  }\n": types.InspectSpanDocument,
    "\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!, $offset: Int!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 500, offset: $offset }) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n": types.InspectTimelineDocument,
    "\n  query MyWorkChains {\n    chains(first: 50) { id name }\n  }\n": types.MyWorkChainsDocument,
    "\n  query MyInstructions($chainId: ID!) {\n    chain(id: $chainId) {\n      id name\n      instructions(first: 10) {\n        id title currentVersion\n        status(first: 100) { workerId status acknowledgedVersion acknowledgedAt }\n        versions(first: 5) { version current content { language title body } }\n      }\n    }\n  }\n": types.MyInstructionsDocument,
    "\n  mutation AcknowledgeOwn($input: AcknowledgeInstructionInput!) {\n    acknowledgeInstruction(input: $input) { version }\n  }\n": types.AcknowledgeOwnDocument,
    "\n  query NearMissChains {\n    chains(first: 50) { id name siteAddress }\n  }\n": types.NearMissChainsDocument,
    "\n  mutation ReportNearMiss($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n": types.ReportNearMissDocument,
    "\n  query GateChains {\n    chains(first: 100) { id name }\n  }\n": types.GateChainsDocument,
    "\n  query GateTopics($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions(first: 50) { id title versions(first: 20) { current topics } }\n    }\n  }\n": types.GateTopicsDocument,
    "\n  query GateCheck($pass: String!, $chainId: ID!, $topics: [String!]!, $language: String) {\n    gateCheck(pass: $pass, chainId: $chainId, topics: $topics, language: $language) {\n      verdict at linkId workerId workerPartyId workerName language topics\n      reasons(first: 50) { ruleId title explanation dutyBearerNames policyNote basis { article text } }\n    }\n  }\n": types.GateCheckDocument,
    "\n  mutation GateStartWork($input: StartWorkInput!) {\n    startWork(input: $input) { verdict recordedAt eventIds }\n  }\n": types.GateStartWorkDocument,
    "\n  query MyWorkerPass {\n    myWorkerPass { workerName status issuedAt expiresAt qrSvg }\n  }\n": types.MyWorkerPassDocument,
    "\n  query OwnWorkers {\n    myParty { id name workers(first: 200) { id name } }\n  }\n": types.OwnWorkersDocument,
    "\n  query WorkerPassesOf($partyId: ID!, $workerId: ID!) {\n    workerPasses(workerPartyId: $partyId, workerId: $workerId, first: 10) { passId status issuedAt expiresAt workerName qrSvg }\n  }\n": types.WorkerPassesOfDocument,
    "\n  mutation IssuePass($input: IssueWorkerPassInput!) {\n    issueWorkerPass(input: $input) { pass { passId } }\n  }\n": types.IssuePassDocument,
    "\n  mutation RevokePass($input: RevokeWorkerPassInput!) {\n    revokeWorkerPass(input: $input) { eventIds }\n  }\n": types.RevokePassDocument,
    "\n  query NlaDuty($input: NlaReportDutyInput!) {\n    nlaReportDuty(input: $input) { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n  }\n": types.NlaDutyDocument,
    "\n  mutation ReportIncidentFromScreen($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n": types.ReportIncidentFromScreenDocument,
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
export function graphql(source: "\n  query ChainTreePage($chainId: ID!, $first: Int!, $offset: Int!) {\n    chain(id: $chainId) {\n      id\n      tree(first: $first, offset: $offset) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n"): (typeof documents)["\n  query ChainTreePage($chainId: ID!, $first: Int!, $offset: Int!) {\n    chain(id: $chainId) {\n      id\n      tree(first: $first, offset: $offset) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindingsPerMonth($chainId: ID!, $months: Int!) {\n    findingsPerMonth(chainId: $chainId, months: $months) {\n      months covered total\n      bars { month partyId partyName opened resolved }\n    }\n  }\n"): (typeof documents)["\n  query FindingsPerMonth($chainId: ID!, $months: Int!) {\n    findingsPerMonth(chainId: $chainId, months: $months) {\n      months covered total\n      bars { month partyId partyName opened resolved }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelineMarks($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { marked: true, limit: 200 }) {\n      total firstAt lastAt\n      entries { eventId step type summary occurredAt recordedAt flags }\n    }\n  }\n"): (typeof documents)["\n  query TimelineMarks($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { marked: true, limit: 200 }) {\n      total firstAt lastAt\n      entries { eventId step type summary occurredAt recordedAt flags }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoKnewList($chainId: ID!, $incidentId: ID, $instructionId: ID, $topic: String, $location: String) {\n    whoKnew(chainId: $chainId, incidentId: $incidentId, instructionId: $instructionId, topic: $topic, location: $location) {\n      knowers(first: 50) {\n        partyId partyName workerId workerName authority how since\n        ways(first: 10) { eventId how channel noticeChannel action occurredAt recordedAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhoKnewList($chainId: ID!, $incidentId: ID, $instructionId: ID, $topic: String, $location: String) {\n    whoKnew(chainId: $chainId, incidentId: $incidentId, instructionId: $instructionId, topic: $topic, location: $location) {\n      knowers(first: 50) {\n        partyId partyName workerId workerName authority how since\n        ways(first: 10) { eventId how channel noticeChannel action occurredAt recordedAt }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CommentOnAction($input: CommentOnCorrectiveActionInput!) {\n    commentOnCorrectiveAction(input: $input) { eventIds }\n  }\n"): (typeof documents)["\n  mutation CommentOnAction($input: CommentOnCorrectiveActionInput!) {\n    commentOnCorrectiveAction(input: $input) { eventIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) { eventIds }\n  }\n"): (typeof documents)["\n  mutation CompleteAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) { eventIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAction($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) { eventIds }\n  }\n"): (typeof documents)["\n  mutation VerifyAction($input: VerifyCorrectiveActionInput!) {\n    verifyCorrectiveAction(input: $input) { eventIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAction($input: ReopenCorrectiveActionInput!) {\n    reopenCorrectiveAction(input: $input) { eventIds }\n  }\n"): (typeof documents)["\n  mutation ReopenAction($input: ReopenCorrectiveActionInput!) {\n    reopenCorrectiveAction(input: $input) { eventIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainActions($chainId: ID!) {\n    myParty { id }\n    correctiveActions(chainId: $chainId, first: 50) {\n      id description status overdue dueAt assignedAt\n      assignedByName assignedByPartyId assigneeName assigneePartyId\n      completedAt completionNote verifiedAt reopenedReason\n      subject { kind ruleId findingArisenAt }\n      evidence(first: 5) { name sha256 }\n      comments(first: 12) { eventId byName text recordedAt }\n    }\n  }\n"): (typeof documents)["\n  query ChainActions($chainId: ID!) {\n    myParty { id }\n    correctiveActions(chainId: $chainId, first: 50) {\n      id description status overdue dueAt assignedAt\n      assignedByName assignedByPartyId assigneeName assigneePartyId\n      completedAt completionNote verifiedAt reopenedReason\n      subject { kind ruleId findingArisenAt }\n      evidence(first: 5) { name sha256 }\n      comments(first: 12) { eventId byName text recordedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignAction($input: AssignCorrectiveActionInput!) {\n    assignCorrectiveAction(input: $input) { actionId }\n  }\n"): (typeof documents)["\n  mutation AssignAction($input: AssignCorrectiveActionInput!) {\n    assignCorrectiveAction(input: $input) { actionId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainView($chainId: ID!, $first: Int!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree(first: $first, offset: 0) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n"): (typeof documents)["\n  query ChainView($chainId: ID!, $first: Int!) {\n    chain(id: $chainId) {\n      id name siteAddress viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree(first: $first, offset: 0) { depth kind linkId partyName active scope underAuthority endDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainWork($chainId: ID!, $language: String) {\n    chain(id: $chainId) {\n      id\n      tree { depth partyId partyName }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId, language: $language) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"): (typeof documents)["\n  query ChainWork($chainId: ID!, $language: String) {\n    chain(id: $chainId) {\n      id\n      tree { depth partyId partyName }\n      parties { id name workers { id name } }\n      instructions {\n        id title currentVersion issuerPartyId\n        status { partyId workerId status receivedVersion acknowledgedVersion channel acknowledgedAt }\n      }\n    }\n    findings(chainId: $chainId, language: $language) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree { depth kind linkId parentPartyId partyId partyName active scope underAuthority endDate }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"): (typeof documents)["\n  query ContractorChain($chainId: ID!) {\n    myParty { id name kind }\n    chain(id: $chainId) {\n      id name version viewerIsPrincipal\n      principal { id name }\n      treeSize\n      tree { depth kind linkId parentPartyId partyId partyName active scope underAuthority endDate }\n      links { id kind fromPartyId toPartyId underAuthority active startDate endDate scope }\n      parties { id name kvkNumber kind workers { id name } }\n      instructions { id title currentVersion issuerPartyId }\n      checks { id subject outcome summary checkedAt validUntil subjectPartyId subjectWorkerId checkerPartyId retracted evidence { name sha256 sizeBytes } }\n    }\n    findings(chainId: $chainId) {\n      ruleId title explanation arisenAt resolvedAt partyIds evidenceEventIds policyNote\n      basis { article text kind }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ChainIncidents($chainId: ID!) {\n    chain(id: $chainId) {\n      id name viewerIsPrincipal\n      instructions { id title }\n      tree { partyId partyName linkId }\n      parties { id name workers { id name } }\n      links { id kind fromPartyId toPartyId active underAuthority scope }\n      incidents {\n        id kind happenedAt location description severity absenceDays victimRelation authorityHolderPartyId reporterPartyId retracted reportedAt topics\n        victim { partyId workerId linkId }\n        notifications { eventId notifierPartyId recipientPartyId recipientAuthority channel reference notifiedAt recordedAt retracted }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainIncidents($chainId: ID!) {\n    chain(id: $chainId) {\n      id name viewerIsPrincipal\n      instructions { id title }\n      tree { partyId partyName linkId }\n      parties { id name workers { id name } }\n      links { id kind fromPartyId toPartyId active underAuthority scope }\n      incidents {\n        id kind happenedAt location description severity absenceDays victimRelation authorityHolderPartyId reporterPartyId retracted reportedAt topics\n        victim { partyId workerId linkId }\n        notifications { eventId notifierPartyId recipientPartyId recipientAuthority channel reference notifiedAt recordedAt retracted }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentChecklistView($chainId: ID!, $incidentId: ID!) {\n    incidentChecklist(chainId: $chainId, incidentId: $incidentId) {\n      incidentId resumedAt resumptionRecordedAt\n      duty { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n      measures { eventId byPartyId description occurredAt recordedAt }\n    }\n  }\n"): (typeof documents)["\n  query IncidentChecklistView($chainId: ID!, $incidentId: ID!) {\n    incidentChecklist(chainId: $chainId, incidentId: $incidentId) {\n      incidentId resumedAt resumptionRecordedAt\n      duty { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n      measures { eventId byPartyId description occurredAt recordedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotifyIncidentFromScreen($input: NotifyIncidentInput!) { notifyIncident(input: $input) { version } }\n"): (typeof documents)["\n  mutation NotifyIncidentFromScreen($input: NotifyIncidentInput!) { notifyIncident(input: $input) { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasuresFromScreen($input: RecordIncidentMeasuresInput!) { recordIncidentMeasures(input: $input) { version } }\n"): (typeof documents)["\n  mutation RecordMeasuresFromScreen($input: RecordIncidentMeasuresInput!) { recordIncidentMeasures(input: $input) { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeWorkFromScreen($input: ResumeWorkInput!) { resumeWork(input: $input) { version } }\n"): (typeof documents)["\n  mutation ResumeWorkFromScreen($input: ResumeWorkInput!) { resumeWork(input: $input) { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId activeLinkCount endedLinkCount incidentCount\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description location topics }\n    }\n  }\n"): (typeof documents)["\n  query ChainAsOfView($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      name asOf eventCount principalPartyId activeLinkCount endedLinkCount incidentCount\n      activeLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      endedLinks { id kind fromPartyId fromPartyName toPartyId toPartyName underAuthority scope active endDate }\n      instructions { id title currentVersion status { status } }\n      incidents { id kind severity happenedAt reporterName retracted description location topics }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainAsOfFindings($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      findings(first: 500) { ruleId resolvedAt }\n    }\n  }\n"): (typeof documents)["\n  query ChainAsOfFindings($chainId: ID!, $asOf: DateTime!, $clock: ReplayClock!) {\n    chainAsOf(chainId: $chainId, asOf: $asOf, clock: $clock) {\n      findings(first: 500) { ruleId resolvedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectSpan($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 0 }) { total firstAt lastAt }\n  }\n"): (typeof documents)["\n  query InspectSpan($chainId: ID!, $clock: ReplayClock!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 0 }) { total firstAt lastAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!, $offset: Int!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 500, offset: $offset }) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n"): (typeof documents)["\n  query InspectTimeline($chainId: ID!, $clock: ReplayClock!, $offset: Int!) {\n    timeline(chainId: $chainId, clock: $clock, filter: { limit: 500, offset: $offset }) {\n      total\n      entries { eventId position type summary occurredAt recordedAt actorName flags }\n    }\n  }\n"];
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
export function graphql(source: "\n  query NearMissChains {\n    chains(first: 50) { id name siteAddress }\n  }\n"): (typeof documents)["\n  query NearMissChains {\n    chains(first: 50) { id name siteAddress }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportNearMiss($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n"): (typeof documents)["\n  mutation ReportNearMiss($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateChains {\n    chains(first: 100) { id name }\n  }\n"): (typeof documents)["\n  query GateChains {\n    chains(first: 100) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateTopics($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions(first: 50) { id title versions(first: 20) { current topics } }\n    }\n  }\n"): (typeof documents)["\n  query GateTopics($chainId: ID!) {\n    chain(id: $chainId) {\n      id\n      instructions(first: 50) { id title versions(first: 20) { current topics } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateCheck($pass: String!, $chainId: ID!, $topics: [String!]!, $language: String) {\n    gateCheck(pass: $pass, chainId: $chainId, topics: $topics, language: $language) {\n      verdict at linkId workerId workerPartyId workerName language topics\n      reasons(first: 50) { ruleId title explanation dutyBearerNames policyNote basis { article text } }\n    }\n  }\n"): (typeof documents)["\n  query GateCheck($pass: String!, $chainId: ID!, $topics: [String!]!, $language: String) {\n    gateCheck(pass: $pass, chainId: $chainId, topics: $topics, language: $language) {\n      verdict at linkId workerId workerPartyId workerName language topics\n      reasons(first: 50) { ruleId title explanation dutyBearerNames policyNote basis { article text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GateStartWork($input: StartWorkInput!) {\n    startWork(input: $input) { verdict recordedAt eventIds }\n  }\n"): (typeof documents)["\n  mutation GateStartWork($input: StartWorkInput!) {\n    startWork(input: $input) { verdict recordedAt eventIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWorkerPass {\n    myWorkerPass { workerName status issuedAt expiresAt qrSvg }\n  }\n"): (typeof documents)["\n  query MyWorkerPass {\n    myWorkerPass { workerName status issuedAt expiresAt qrSvg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnWorkers {\n    myParty { id name workers(first: 200) { id name } }\n  }\n"): (typeof documents)["\n  query OwnWorkers {\n    myParty { id name workers(first: 200) { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerPassesOf($partyId: ID!, $workerId: ID!) {\n    workerPasses(workerPartyId: $partyId, workerId: $workerId, first: 10) { passId status issuedAt expiresAt workerName qrSvg }\n  }\n"): (typeof documents)["\n  query WorkerPassesOf($partyId: ID!, $workerId: ID!) {\n    workerPasses(workerPartyId: $partyId, workerId: $workerId, first: 10) { passId status issuedAt expiresAt workerName qrSvg }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssuePass($input: IssueWorkerPassInput!) {\n    issueWorkerPass(input: $input) { pass { passId } }\n  }\n"): (typeof documents)["\n  mutation IssuePass($input: IssueWorkerPassInput!) {\n    issueWorkerPass(input: $input) { pass { passId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePass($input: RevokeWorkerPassInput!) {\n    revokeWorkerPass(input: $input) { eventIds }\n  }\n"): (typeof documents)["\n  mutation RevokePass($input: RevokeWorkerPassInput!) {\n    revokeWorkerPass(input: $input) { eventIds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NlaDuty($input: NlaReportDutyInput!) {\n    nlaReportDuty(input: $input) { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n  }\n"): (typeof documents)["\n  query NlaDuty($input: NlaReportDutyInput!) {\n    nlaReportDuty(input: $input) { answer mustReport dutyBearerPartyId victimRelation deadline byPhone lateDiscovery directReportHours }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncidentFromScreen($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n"): (typeof documents)["\n  mutation ReportIncidentFromScreen($input: ReportIncidentInput!) {\n    reportIncident(input: $input) { incidentId }\n  }\n"];
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