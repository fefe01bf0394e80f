import type { EntryStamp, OpenedChain } from '../chain.state';
import type { Evidence } from '../chain.events';
import type { PartyId } from '../../shared/values';
import type { ActionSubject, WorkStartChecked } from './prevention.events';
import type { AttendanceChannel, ToolboxMeetingRecorded } from './toolbox.events';

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

export type MeetingAttendee = { partyId: PartyId; workerId: string; channel: AttendanceChannel; stamp: EntryStamp };
export type MeetingState = Omit<ToolboxMeetingRecorded['data'], never> & { recorded: EntryStamp; attendees: MeetingAttendee[] };

/** The gate's checks, the corrective actions and the toolbox meetings, in the order recorded. */
export type PreventionState = { startChecks: StartCheckRecord[]; actions: ActionState[]; meetings?: MeetingState[] };

const EMPTY: PreventionState = { startChecks: [], actions: [], meetings: [] };

/** The chain's prevention state (a chain folded before it existed has none). */
export function preventionOf(state: OpenedChain): PreventionState {
  return state.prevention ?? EMPTY;
}

export function actionOf(state: OpenedChain, actionId: string): ActionState | null {
  return preventionOf(state).actions.find((a) => a.actionId === actionId) ?? null;
}

export function meetingOf(state: OpenedChain, meetingId: string): MeetingState | null {
  return (preventionOf(state).meetings ?? []).find((m) => m.meetingId === meetingId) ?? null;
}

/** The latest completion when the action stands completed or verified (not reopened since), else null. */
export function standingCompletion(action: ActionState): ActionCompletion | null {
  return action.status === 'OPEN' ? null : (action.completions[action.completions.length - 1] ?? null);
}

/**
 * Whether a viewer whose subjects (its own party and those below it) are `subjectPartyIds` may see
 * an action: when it assigned or was assigned it, or a party below it did. The one rule for the
 * actions read and the live sight of their entries.
 */
export function canSeeAction(subjectPartyIds: ReadonlySet<PartyId>, action: Pick<ActionState, 'assigneePartyId' | 'assignedByPartyId'>): boolean {
  return subjectPartyIds.has(action.assigneePartyId) || subjectPartyIds.has(action.assignedByPartyId);
}
