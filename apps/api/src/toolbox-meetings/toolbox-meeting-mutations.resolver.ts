import { UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import { ToolboxMeetingCommand, type ToolboxRequest } from './toolbox-meeting.command';
import {
  AttendToolboxMeetingInput,
  AttendToolboxMeetingPayload,
  RecordToolboxAttendanceListInput,
  RecordToolboxAttendanceListPayload,
  RecordToolboxMeetingInput,
  RecordToolboxMeetingPayload,
  type ToolboxMeetingPayload,
} from './toolbox-meeting.inputs';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

/** Toolbox meetings: the meeting, the workers' own attendance by its QR code, and typed-in paper lists. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class ToolboxMeetingMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  private async run(request: ToolboxRequest, ctx: RequestCtx): Promise<ToolboxMeetingPayload> {
    const result = await this.commandBus.execute(new ToolboxMeetingCommand(request, commandContext(ctx, request.input)));
    return { ...payloadOf(result), meetingId: result.meetingId };
  }

  @Roles('MANAGER')
  @Mutation(() => RecordToolboxMeetingPayload, { description: 'Records a toolbox meeting: site, topics, the instruction versions discussed, its language and who led it. Its meetingId goes in the QR code attendees scan.' })
  recordToolboxMeeting(@Args('input') input: RecordToolboxMeetingInput, @RequestContext() ctx: RequestCtx): Promise<RecordToolboxMeetingPayload> {
    return this.run({ kind: 'record', input }, ctx);
  }

  @Roles('WORKER')
  @Mutation(() => AttendToolboxMeetingPayload, { description: "A worker's own attendance, by the meeting's QR code on its phone (its WORKER token): also its acknowledgement of each version discussed, in the meeting's language." })
  attendToolboxMeeting(@Args('input') input: AttendToolboxMeetingInput, @RequestContext() ctx: RequestCtx): Promise<AttendToolboxMeetingPayload> {
    return this.run({ kind: 'attend', input }, ctx);
  }

  @Roles('MANAGER')
  @Mutation(() => RecordToolboxAttendanceListPayload, { description: 'Types in a paper attendance list (by the organizer or the workers\' party): shown as PROXY attendance, no acknowledgement.' })
  recordToolboxAttendanceList(@Args('input') input: RecordToolboxAttendanceListInput, @RequestContext() ctx: RequestCtx): Promise<RecordToolboxAttendanceListPayload> {
    return this.run({ kind: 'list', input }, ctx);
  }
}
