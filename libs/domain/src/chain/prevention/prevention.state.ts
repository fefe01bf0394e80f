import type { EntryStamp, OpenedChain } from '../chain.state';
import type { Evidence } from '../chain.events';
import type { PartyId } from '../../shared/values';
import type { ActionSubject, WorkStartChecked } from './prevention.events';

export type StartCheckRecord = WorkStartChecked['data'] & { stamp: EntryStamp };

export const actionStatuses = ['OPEN', 'COMPLETED', 'VERIFIED'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export type ActionComment = { commentId: string; text: string; byPartyId: PartyId; stamp: EntryStamp };
export type ActionCompletion = { note: string; evidence: Evidence[]; byPartyId: PartyId; stamp: EntryStamp };
export type ActionReopening = { reason: string; byPartyId: PartyId; stamp: EntryStamp };

export type ActionState = {
  actionId: string;
  subject: ActionSubject;
  description: string;
  assigneePartyId: PartyId;
  assignedByPartyId: PartyId;
  dueAt: string;
  /** OPEN (also after a reopening), COMPLETED by the assignee, VERIFIED by the assigner. */
  status: ActionStatus;
  assigned: EntryStamp;
  comments: ActionComment[];
  completions: ActionCompletion[];
  reopenings: ActionReopening[];
  verified: { byPartyId: PartyId; stamp: EntryStamp } | null;
};

/** The gate's checks and the corrective actions, in the order recorded. */
export type PreventionState = { startChecks: StartCheckRecord[]; actions: ActionState[] };

const EMPTY: PreventionState = { startChecks: [], actions: [] };

/** The chain's prevention state (a chain folded before it existed has none). */
export function preventionOf(state: OpenedChain): PreventionState {
  return state.prevention ?? EMPTY;
}

export function actionOf(state: OpenedChain, actionId: string): ActionState | null {
  return preventionOf(state).actions.find((a) => a.actionId === actionId) ?? null;
}

/** The latest completion when the action stands completed or verified (not reopened since), else null. */
export function standingCompletion(action: ActionState): ActionCompletion | null {
  return action.status === 'OPEN' ? null : (action.completions[action.completions.length - 1] ?? null);
}
