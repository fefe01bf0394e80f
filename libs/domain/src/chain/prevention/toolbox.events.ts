import type { DomainEvent } from '../../shared/messages';
import type { InstructionId, LanguageCode, PartyId, WorkerId } from '../../shared/values';

// Toolbox meetings (stream `chain-<chainId>`): a meeting on site, and who attended it.

export const attendanceChannels = ['OWN', 'PROXY'] as const;
/** OWN: the worker scanned the meeting's QR code with its own token; PROXY: typed in from a paper list by a manager. */
export type AttendanceChannel = (typeof attendanceChannels)[number];

export type ToolboxMeetingRecorded = DomainEvent<
  'ToolboxMeetingRecorded',
  {
    meetingId: string;
    site: string;
    topics: string[];
    /** The instruction versions discussed. */
    instructions: { instructionId: InstructionId; version: number }[];
    language: LanguageCode;
    leaderName: string;
    organizerPartyId: PartyId;
  }
>;

/**
 * One attendee. An OWN attendance is recorded together with the worker's acknowledgements of the
 * versions discussed (SafetyInstructionAcknowledged, channel OWN_ACCOUNT); a PROXY one with none.
 */
export type ToolboxAttendanceRecorded = DomainEvent<
  'ToolboxAttendanceRecorded',
  { meetingId: string; partyId: PartyId; workerId: WorkerId; channel: AttendanceChannel; recordedByPartyId: PartyId }
>;

export type ToolboxEvent = ToolboxMeetingRecorded | ToolboxAttendanceRecorded;
export const toolboxEventTypes = ['ToolboxMeetingRecorded', 'ToolboxAttendanceRecorded'] as const satisfies readonly ToolboxEvent['type'][];
