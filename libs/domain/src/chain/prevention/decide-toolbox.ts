import { Conflict, DomainError, Invalid, NotAllowed, NotFound } from '../../shared/errors';
import { WORKER_ROLE } from '../../shared/messages';
import { requireLanguage, requireTopics, type ResolvedWorker } from '../../shared/values';
import type { SafetyInstructionAcknowledged } from '../chain.events';
import type { OpenedChain } from '../chain.state';
import { actingPartyInChain } from '../chain-guards';
import { decideAcknowledgeInstruction } from '../instructions/decide-acknowledge-instruction';
import { requireInstructionVersion } from '../instructions/decide-pass-down-instruction';
import { isInChain } from '../queries/chain-links';
import { boundedText } from './bounded-text';
import { meetingOf, type MeetingState } from './prevention.state';
import type { AttendToolboxMeeting, RecordToolboxAttendanceList, RecordToolboxMeeting } from './toolbox.commands';
import type { ToolboxAttendanceRecorded, ToolboxMeetingRecorded } from './toolbox.events';

const MAX_MEETING_INSTRUCTIONS = 20;
export const MAX_ATTENDANCE_LIST = 50;

export function decideRecordToolboxMeeting(command: RecordToolboxMeeting, state: OpenedChain): ToolboxMeetingRecorded[] {
  const site = boundedText(command.data.site, 'site', 200);
  const leaderName = boundedText(command.data.leaderName, 'leaderName', 200);
  const topics = requireTopics(command.data.topics);
  const language = requireLanguage(command.data.language);
  const organizerPartyId = actingPartyInChain(state, command.metadata);
  if (meetingOf(state, command.data.meetingId)) throw new Conflict('TOOLBOX_MEETING_EXISTS', {});
  const list = command.data.instructions;
  const keys = new Set(list.map((i) => i.instructionId));
  if (list.length > MAX_MEETING_INSTRUCTIONS || keys.size !== list.length) throw new Invalid('TOOLBOX_INSTRUCTIONS_INVALID', { max: String(MAX_MEETING_INSTRUCTIONS) });
  const instructions = list.map(({ instructionId, version }) => {
    const instruction = requireInstructionVersion(state, instructionId, version);
    // discussed in the meeting's language: an attendee acknowledges the text in that language
    if (!instruction.versions[version - 1].content.some((c) => c.language === language)) {
      throw new Invalid('INSTRUCTION_LANGUAGE_UNAVAILABLE', { instructionId, version, language });
    }
    return { instructionId, version };
  });
  return [{ type: 'ToolboxMeetingRecorded', data: { meetingId: command.data.meetingId, site, topics, instructions, language, leaderName, organizerPartyId } }];
}

function requireMeeting(state: OpenedChain, meetingId: string): MeetingState {
  const meeting = meetingOf(state, meetingId);
  if (!meeting) throw new NotFound('TOOLBOX_MEETING_NOT_FOUND', {});
  return meeting;
}

function notYetAttended(meeting: MeetingState, worker: ResolvedWorker): void {
  if (meeting.attendees.some((a) => a.partyId === worker.partyId && a.workerId === worker.workerId)) throw new Conflict('TOOLBOX_ALREADY_ATTENDED', {});
}

/**
 * The worker's own attendance (it scanned the meeting's QR code): recorded with its acknowledgement
 * of each version discussed, in the meeting's language, exactly as acknowledgeInstruction would
 * record it (a version it had already acknowledged is not signed twice).
 */
export function decideAttendToolboxMeeting(command: AttendToolboxMeeting, state: OpenedChain): (ToolboxAttendanceRecorded | SafetyInstructionAcknowledged)[] {
  const { actor } = command.metadata;
  const worker = command.data.worker;
  if (actor.role !== WORKER_ROLE || worker === null || worker.workerId !== actor.workerId) throw new NotAllowed('TOOLBOX_ATTENDANCE_NOT_OWN', {});
  const partyId = actingPartyInChain(state, command.metadata);
  const meeting = requireMeeting(state, command.data.meetingId);
  notYetAttended(meeting, worker);
  const acknowledgements = meeting.instructions.flatMap(({ instructionId, version }) => {
    try {
      return decideAcknowledgeInstruction(
        { type: 'AcknowledgeInstruction', data: { chainId: command.data.chainId, instructionId, version, workerId: worker.workerId, worker, language: meeting.language }, metadata: command.metadata },
        state,
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'INSTRUCTION_ALREADY_ACKNOWLEDGED') return [];
      throw error;
    }
  });
  return [
    { type: 'ToolboxAttendanceRecorded', data: { meetingId: meeting.meetingId, partyId, workerId: worker.workerId, channel: 'OWN', recordedByPartyId: partyId } },
    ...acknowledgements,
  ];
}

/** A paper list typed in by the organizer or the workers' own party: attendance shown as proxy, no acknowledgement. */
export function decideRecordToolboxAttendanceList(command: RecordToolboxAttendanceList, state: OpenedChain): ToolboxAttendanceRecorded[] {
  const { workers, workerIds } = command.data;
  if (workerIds.length === 0 || workerIds.length > MAX_ATTENDANCE_LIST || new Set(workerIds).size !== workerIds.length) {
    throw new Invalid('TOOLBOX_WORKERS_INVALID', { max: String(MAX_ATTENDANCE_LIST) });
  }
  const partyId = actingPartyInChain(state, command.metadata);
  const meeting = requireMeeting(state, command.data.meetingId);
  return workerIds.map((workerId, i) => {
    const worker = workers[i];
    if (!worker || worker.workerId !== workerId) throw new NotFound('WORKER_NOT_FOUND', { workerId });
    if (partyId !== meeting.organizerPartyId && partyId !== worker.partyId) throw new NotAllowed('TOOLBOX_LIST_NOT_ALLOWED', {});
    if (!isInChain(state, worker.partyId)) throw new NotFound('WORKER_NOT_FOUND', { workerId });
    notYetAttended(meeting, worker);
    return { type: 'ToolboxAttendanceRecorded' as const, data: { meetingId: meeting.meetingId, partyId: worker.partyId, workerId, channel: 'PROXY' as const, recordedByPartyId: partyId } };
  });
}
