import type { DomainCommand } from '../../shared/messages';
import type { ChainId, ResolvedWorker } from '../../shared/values';

export type RecordToolboxMeeting = DomainCommand<
  'RecordToolboxMeeting',
  {
    chainId: ChainId;
    meetingId: string;
    site: string;
    topics: string[];
    instructions: { instructionId: string; version: number }[];
    language: string;
    leaderName: string;
  }
>;

/** The worker itself, by the meeting's QR code (a WORKER token): its own act. */
export type AttendToolboxMeeting = DomainCommand<'AttendToolboxMeeting', { chainId: ChainId; meetingId: string; worker: ResolvedWorker | null }>;

/** A paper attendance list typed in by a manager: shown as proxy, no acknowledgement. */
export type RecordToolboxAttendanceList = DomainCommand<
  'RecordToolboxAttendanceList',
  { chainId: ChainId; meetingId: string; workers: (ResolvedWorker | null)[]; workerIds: string[] }
>;

export type ToolboxCommand = RecordToolboxMeeting | AttendToolboxMeeting | RecordToolboxAttendanceList;
