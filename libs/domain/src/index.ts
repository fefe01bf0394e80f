// shared
export type { Decider } from './shared/decider';
export * from './shared/messages';
export * from './shared/error-codes';
export * from './shared/errors';
export * from './shared/time';
export * from './shared/values';
export * from './schema-versions';

// party
export * from './party/party.events';
export * from './party/membership.events';
export type * from './party/membership.commands';
export { normaliseEmail } from './party/decide-membership';
export type * from './party/party.commands';
export * from './party/party.state';
export { partyAndWorkerNames } from './party/party-names';
export { partyDecider } from './party/party.decider';

// credentials (party stream)
export * from './credentials/credential.events';
export type * from './credentials/credential.commands';
export { credentialsDecider, type CredentialsState } from './credentials/credentials.decider';

// chain
export * from './chain/duties/duty.events';
export type * from './chain/duties/duty.commands';
export type * from './chain/duties/duty.state';
export * from './chain/chain.events';
export type * from './chain/chain.commands';
export * from './chain/chain.state';
export { decideChain, evolveChain } from './chain/chain.decider';
export { chainDecider } from './chain/chain.decider';

// named invariants
export {
  AuthorityAppliesToKind,
  LinkCannotCreateCycle,
  LinkMustBeUnique,
  LinkMustEndBottomUp,
  SelfEmployedMustBePerson,
} from './chain/engagements/link-rules';
export { PartyMustBeInChain } from './chain/chain-guards';
export { InstructionMustHaveBeenReceived } from './chain/instructions/decide-pass-down-instruction';
export { CheckerMustBeUpstream, ValidUntilNotBeforeCheck } from './chain/checks/decide-record-vergewis-check';
export { NearMissHasNoSeverity } from './chain/incidents/incident-rules';
export { EntryOnlyByItsRecorder } from './chain/corrections/entry-rules';
export { victimRelationOf } from './chain/incidents/victim-relation';
export { incidentValidTime } from './chain/incidents/incident-valid-time';
export { arboStandingOf, siteRoleOf, type ArboStanding } from './chain/duties/arbo-employer';
export { correctableFieldsOf, retractableEntryTypes } from './chain/corrections/correctable-entries';

// queries over chain state
export { checkOf, incidentOf, instructionOf, linkOf } from './chain/chain-collections';
export { chainEntries, findEntry } from './chain/corrections/find-entry';
export * from './chain/queries/chain-links';
export * from './chain/queries/visibility';
export * from './chain/queries/event-sight';
export * from './chain/queries/chain-tree';
export * from './chain/instructions/instruction-queries';
export * from './chain/instructions/acknowledgement-status';
export * from './chain/instructions/acknowledgement-channel';
export * from './chain/instructions/acknowledging-worker';
export * from './ack-links';

// workers' personal passes (stream passes-<partyId>), scanned at the gate
export * from './worker-passes';

// notifications (stream notices-<chainId>): what Schakel told whom
export * from './notifications';

// inspector access (stream chainaccess-<chainId>)
export * from './access/access.events';
export type * from './access/access.commands';
export * from './access/access.state';
export * from './access/access-queries';
export * from './access/chain-grantors';
export { accessDecider } from './access/access.decider';

// replay: as-of on two clocks, timeline, who knew (pure folds over stored events)
export * from './replay';

// compliance: the rules engine
export * from './compliance';
export { planChainImport, ImportRowRejected, type ImportRow, type PlannedEntry } from './chain/import/plan-chain-import';

// prevention: the gate's start checks and corrective actions (chain stream)
export * from './chain/prevention/prevention.events';
export type * from './chain/prevention/prevention.commands';
export * from './chain/prevention/prevention.state';
export * from './chain/prevention/toolbox.events';
export type * from './chain/prevention/toolbox.commands';
export { MAX_ATTENDANCE_LIST } from './chain/prevention/decide-toolbox';

// personal data: which fields are whose, erasure, retention
export * from './personal-data';
