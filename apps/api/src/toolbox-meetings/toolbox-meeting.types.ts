import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { attendanceChannels, type AttendanceChannel } from '@schakel/domain';
import { DateTimeScalar } from '../graphql/date-time.scalar';

export const AttendanceChannelEnum = Object.fromEntries(attendanceChannels.map((c) => [c, c])) as Record<AttendanceChannel, AttendanceChannel>;
registerEnumType(AttendanceChannelEnum, {
  name: 'AttendanceChannel',
  description: "OWN: the worker scanned the meeting's QR code itself (its acknowledgement of the versions discussed); PROXY: typed in from a paper list (no acknowledgement).",
});

@ObjectType({ description: 'An instruction version discussed at a meeting.' })
export class DiscussedInstruction {
  @Field(() => ID) instructionId!: string;
  @Field(() => Int) version!: number;
  @Field() title!: string;
}

@ObjectType({ description: 'One attendee of a toolbox meeting.' })
export class ToolboxAttendee {
  @Field(() => ID) workerId!: string;
  @Field() workerName!: string;
  @Field(() => ID) partyId!: string;
  @Field() partyName!: string;
  @Field(() => AttendanceChannelEnum) channel!: AttendanceChannel;
  @Field({ description: "True for the worker's own act (OWN): it counts as its acknowledgement of the versions discussed." }) ownAcknowledgement!: boolean;
  @Field() recordedByName!: string;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'A toolbox meeting on site and who attended it.' })
export class ToolboxMeeting {
  /** Every attendee, for the attendees field (which pages them). */
  attendeeList?: ToolboxAttendee[];

  @Field(() => ID) id!: string;
  @Field(() => ID) chainId!: string;
  @Field() site!: string;
  @Field(() => [String]) topics!: string[];
  @Field() language!: string;
  @Field() leaderName!: string;
  @Field(() => ID) organizerPartyId!: string;
  @Field() organizerName!: string;
  @Field(() => [DiscussedInstruction], { description: 'At most 20.' }) instructions!: DiscussedInstruction[];
  @Field(() => DateTimeScalar) heldAt!: Date;
  @Field(() => Int, { description: 'Attendees by their own act (OWN).' }) ownCount!: number;
  @Field(() => Int, { description: 'Attendees from a paper list (PROXY).' }) proxyCount!: number;
}
