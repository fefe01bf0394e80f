import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chainDecider, chainStreamId, MAX_ATTENDANCE_LIST, type ChainCommand, type CommandMetadata } from '@schakel/domain';
import { badInput } from '@schakel/application';
import type { CommandContext } from '../core/command-runner';
import { PartyDirectory } from '../core/party-directory';
import { WriteSide } from '../core/write-side';
import { ToolboxMeetingCommand, type ToolboxRequest } from './toolbox-meeting.command';

@CommandHandler(ToolboxMeetingCommand)
export class ToolboxMeetingHandler implements ICommandHandler<ToolboxMeetingCommand> {
  constructor(
    private readonly writes: WriteSide,
    private readonly parties: PartyDirectory,
  ) {}

  async execute({ request, context }: ToolboxMeetingCommand) {
    const chainId = this.writes.id(request.input.chainId, 'chainId');
    const meetingId = request.kind === 'record' ? this.writes.newId(context, 'toolbox-meeting') : this.writes.id(request.input.meetingId, 'meetingId');
    const build = await this.commandOf(request, chainId, meetingId, context);
    const result = await this.writes.run(chainDecider, chainStreamId(chainId), context, (metadata) => build(metadata));
    return { ...result, meetingId };
  }

  private async commandOf(request: ToolboxRequest, chainId: string, meetingId: string, context: CommandContext): Promise<(metadata: CommandMetadata) => ChainCommand> {
    switch (request.kind) {
      case 'record': {
        const { input } = request;
        const instructions = input.instructions.map((i) => ({ instructionId: this.writes.id(i.instructionId, 'instructions.instructionId'), version: i.version }));
        const data = { chainId, meetingId, site: input.site, topics: input.topics, instructions, language: input.language, leaderName: input.leaderName };
        return (metadata) => ({ type: 'RecordToolboxMeeting', data, metadata });
      }
      case 'attend': {
        const { partyId, workerId } = context.caller;
        const worker = partyId && workerId ? await this.parties.worker(partyId, workerId) : null;
        return (metadata) => ({ type: 'AttendToolboxMeeting', data: { chainId, meetingId, worker }, metadata });
      }
      case 'list': {
        const { input } = request;
        if (input.workerIds.length > MAX_ATTENDANCE_LIST) throw badInput('TOOLBOX_WORKERS_INVALID', `A paper list names 1 to ${MAX_ATTENDANCE_LIST} workers, each once.`);
        const partyId = this.writes.id(input.workerPartyId, 'workerPartyId');
        const workerIds = input.workerIds.map((id) => this.writes.id(id, 'workerIds'));
        const workers = await Promise.all(workerIds.map((id) => this.parties.worker(partyId, id)));
        return (metadata) => ({ type: 'RecordToolboxAttendanceList', data: { chainId, meetingId, workerIds, workers }, metadata });
      }
    }
  }
}
