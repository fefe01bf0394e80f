import type { Interruption } from '../replay/interruption';
import type { ChainEvent } from '../chain/chain.events';
import type { OpenedChain, EntryStamp } from '../chain/chain.state';
import type { CompanyCertificateRecorded, WorkerDiplomaRecorded } from '../credentials/credential.events';
import type { IsoDate, IsoInstant, PartyId } from '../shared/values';

export const basisKinds = ['LAW', 'LENDING_ACT', 'CERTIFICATION_OR_CONTRACT'] as const;
export type BasisKind = (typeof basisKinds)[number];

export const complianceClocks = ['RECORDED', 'OCCURRED'] as const;
/** RECORDED: what the records said (transaction time); OCCURRED: what the world looked like (valid time). */
export type ComplianceClock = (typeof complianceClocks)[number];

export type RuleBasis = { article: string; kind: BasisKind; text: string };

/** A value in a finding's message: text (a name, a title), a number, an instant or a calendar date. */
export type MessageParam = string | number | null | { instant: IsoInstant } | { date: IsoDate };

/**
 * What a finding's explanation says, as a message key and its parameters, so that a reader's
 * language can be chosen where the finding is shown; the English `explanation` says the same.
 */
export type FindingMessage = { key: string; params: Readonly<Record<string, MessageParam>> };

/** A gap in the chain derived from the log: never typed in. */
export type Finding = {
  ruleId: string;
  title: string;
  basis: RuleBasis & { inForceFrom: IsoDate };
  partyIds: PartyId[];
  arisenAt: IsoInstant;
  resolvedAt: IsoInstant | null;
  evidenceEventIds: string[];
  explanation: string;
  /** The explanation as a key and parameters, for rules whose text is translated; else null. */
  message: FindingMessage | null;
  /** Set when a deadline is this platform's policy rather than law (e.g. "direct" = 24 h). */
  policyNote: string | null;
};

export type CompliancePolicy = {
  /** The law says "direct" and gives no hours: this is policy, shown as such. */
  directReportHours: number;
  /** The act on reporting and vergewis duties for lenders of workers. */
  lendingActInForceFrom: IsoDate;
  /** Time to acknowledge a plan version or coordinator direction, and to file an updated notice. */
  acknowledgementGraceHours: number;
  /** Time after a lent worker's accident within which the agency checks the hirer's measures (NL-LEND-VERGEWIS). */
  vergewisPeriodHours: number;
};

export const DEFAULT_POLICY: CompliancePolicy = {
  directReportHours: 24,
  lendingActInForceFrom: '2027-07-01',
  acknowledgementGraceHours: 72,
  vergewisPeriodHours: 168,
};

/** The facts the rules read: one chain's events and the credentials of its parties, each with meta (both clocks). */
export type ComplianceFacts = {
  chainEvents: readonly ChainEvent[];
  credentialEvents: readonly (CompanyCertificateRecorded | WorkerDiplomaRecorded)[];
  /** Names of parties and workers by id, for the text of findings (ids stay in the data). */
  names?: Readonly<Record<string, string>>;
};

export type EvaluationOptions = {
  asOf: IsoInstant;
  clock?: ComplianceClock;
  /** A rule set folder name: 'nl' (default) or 'uk'. */
  jurisdiction?: string;
  policy?: Partial<CompliancePolicy>;
  /** Asked before the fold and before each rule whether to stop (a request's time budget). */
  interrupt?: Interruption;
};

type Recorded<E extends { data: unknown }> = E['data'] & { stamp: EntryStamp };

/** What every rule gets: the chain folded from the events visible as of `asOf` under the clock. */
export type RuleContext = {
  state: OpenedChain;
  asOf: IsoInstant;
  clock: ComplianceClock;
  policy: CompliancePolicy;
  /** The instant of an entry under the chosen clock. */
  time(stamp: EntryStamp): IsoInstant;
  certificates: Recorded<CompanyCertificateRecorded>[];
  diplomas: Recorded<WorkerDiplomaRecorded>[];
  /** The name of a party or worker for a finding's text (never its id when a name is known). */
  name(id: string | null): string;
};

/** A finding before the engine adds the rule's id, title and basis. */
export type FindingDraft = {
  partyIds: PartyId[];
  arisenAt: IsoInstant;
  resolvedAt: IsoInstant | null;
  evidenceEventIds: string[];
  explanation: string;
  message?: FindingMessage;
  policyNote?: string | null;
};

export type ComplianceRule = {
  id: string;
  title: string;
  basis: RuleBasis;
  inForceFrom(policy: CompliancePolicy): IsoDate;
  evaluate(context: RuleContext): FindingDraft[];
};

export type RuleSet = { jurisdiction: string; rules: readonly ComplianceRule[] };
