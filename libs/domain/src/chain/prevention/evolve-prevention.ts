import type { OpenedChain } from '../chain.state';
import { stampOf } from '../chain-guards';
import { withChainFields } from '../chain-collections';
import type { PreventionEvent } from './prevention.events';
import type { ToolboxEvent } from './toolbox.events';
import { preventionOf, type ActionState, type PreventionState } from './prevention.state';

function withPrevention(state: OpenedChain, prevention: PreventionState): OpenedChain {
  return withChainFields(state, { prevention });
}

function updateAction(state: OpenedChain, actionId: string, change: (action: ActionState) => ActionState): OpenedChain {
  const prevention = preventionOf(state);
  const index = prevention.actions.findIndex((a) => a.actionId === actionId);
  if (index < 0) return state;
  const actions = prevention.actions.slice();
  actions[index] = change(actions[index]);
  return withPrevention(state, { ...prevention, actions });
}

export function evolvePrevention(state: OpenedChain, event: PreventionEvent | ToolboxEvent): OpenedChain {
  const stamp = stampOf(event);
  const prevention = preventionOf(state);
  switch (event.type) {
    case 'WorkStartChecked':
      // schema v1 has no passIdHash: no pass was verified then
      return withPrevention(state, { ...prevention, startChecks: [...prevention.startChecks, { ...event.data, passIdHash: event.data.passIdHash ?? null, stamp }] });
    case 'CorrectiveActionAssigned': {
      const { actionId, subject, description, assigneePartyId, assignedByPartyId, dueAt } = event.data;
      const action: ActionState = {
        actionId,
        subject,
        description,
        assigneePartyId,
        assignedByPartyId,
        dueAt,
        status: 'OPEN',
        assigned: stamp,
        comments: [],
        completions: [],
        reopenings: [],
        verified: null,
      };
      return withPrevention(state, { ...prevention, actions: [...prevention.actions, action] });
    }
    case 'CorrectiveActionCommented': {
      const { commentId, text, byPartyId } = event.data;
      return updateAction(state, event.data.actionId, (a) => ({ ...a, comments: [...a.comments, { commentId, text, byPartyId, stamp }] }));
    }
    case 'CorrectiveActionCompleted': {
      const { note, evidence, byPartyId } = event.data;
      return updateAction(state, event.data.actionId, (a) => ({
        ...a,
        status: 'COMPLETED',
        completions: [...a.completions, { note, evidence, byPartyId, stamp }],
      }));
    }
    case 'CorrectiveActionVerified':
      return updateAction(state, event.data.actionId, (a) => ({ ...a, status: 'VERIFIED', verified: { byPartyId: event.data.byPartyId, stamp } }));
    case 'CorrectiveActionReopened': {
      const { reason, byPartyId } = event.data;
      return updateAction(state, event.data.actionId, (a) => ({ ...a, status: 'OPEN', verified: null, reopenings: [...a.reopenings, { reason, byPartyId, stamp }] }));
    }
    case 'ToolboxMeetingRecorded':
      return withPrevention(state, { ...prevention, meetings: [...(prevention.meetings ?? []), { ...event.data, recorded: stamp, attendees: [] }] });
    case 'ToolboxAttendanceRecorded': {
      const { meetingId, partyId, workerId, channel } = event.data;
      const meetings = (prevention.meetings ?? []).map((m) => (m.meetingId === meetingId ? { ...m, attendees: [...m.attendees, { partyId, workerId, channel, stamp }] } : m));
      return withPrevention(state, { ...prevention, meetings });
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}
