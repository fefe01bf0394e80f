import { Command } from '@nestjs/cqrs';
import type { CommandContext, CommandResult } from '../core/command-runner';
import type { AttendToolboxMeetingInput, RecordToolboxAttendanceListInput, RecordToolboxMeetingInput } from './toolbox-meeting.inputs';

export type ToolboxRequest =
  | { kind: 'record'; input: RecordToolboxMeetingInput }
  | { kind: 'attend'; input: AttendToolboxMeetingInput }
  | { kind: 'list'; input: RecordToolboxAttendanceListInput };

export class ToolboxMeetingCommand extends Command<CommandResult & { meetingId: string }> {
  constructor(
    readonly request: ToolboxRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}
