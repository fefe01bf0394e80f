import type { DomainCommand } from '../../shared/messages';
import type { ChainId, IsoInstant, PartyId } from '../../shared/values';
import type { Evidence } from '../chain.events';
import type { ActionSubjectKind, StartCheckReasonRecord, StartVerdict } from './prevention.events';

/**
 * The gate's part of a StartWork: the start check the application computed with the rules engine
 * (the decider cannot: it needs the credentials of other streams), whether the pass was scanned, and
 * the reason for going ahead despite NO-GO.
 */
export type StartGate = {
  verdict: StartVerdict;
  reasons: StartCheckReasonRecord[];
  checkedAt: IsoInstant;
  passScanned: boolean;
  /** SHA-256 of the pass id, when the application verified the worker's personal pass. */
  passIdHash: string | null;
  overrideReason: string | null;
};

export type AssignCorrectiveAction = DomainCommand<
  'AssignCorrectiveAction',
  {
    chainId: ChainId;
    actionId: string;
    subjectKind: ActionSubjectKind;
    /** FINDING: the finding as the application found it (rule, when it arose, its duty bearers). */
    finding: { ruleId: string; arisenAt: IsoInstant; partyIds: PartyId[] } | null;
    incidentId: string | null;
    directionId: string | null;
    description: string;
    /** Null: the duty bearer (the finding's first party, the incident's gezag holder, the direction's only addressee). */
    assigneePartyId: PartyId | null;
    dueAt: string;
  }
>;

export type CommentOnCorrectiveAction = DomainCommand<
  'CommentOnCorrectiveAction',
  { chainId: ChainId; actionId: string; commentId: string; text: string }
>;

export type CompleteCorrectiveAction = DomainCommand<
  'CompleteCorrectiveAction',
  { chainId: ChainId; actionId: string; note: string; evidence: Evidence[] }
>;

export type VerifyCorrectiveAction = DomainCommand<'VerifyCorrectiveAction', { chainId: ChainId; actionId: string }>;

export type ReopenCorrectiveAction = DomainCommand<'ReopenCorrectiveAction', { chainId: ChainId; actionId: string; reason: string }>;

export type PreventionCommand =
  | AssignCorrectiveAction
  | CommentOnCorrectiveAction
  | CompleteCorrectiveAction
  | VerifyCorrectiveAction
  | ReopenCorrectiveAction;
