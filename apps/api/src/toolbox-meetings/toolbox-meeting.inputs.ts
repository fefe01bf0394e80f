import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../graphql/command-io';

@InputType({ description: 'An instruction version discussed at the meeting.' })
export class DiscussedInstructionInput {
  @Field(() => ID) instructionId!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class RecordToolboxMeetingInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field({ description: 'Where (at most 200 characters).' }) site!: string;
  @Field(() => [String], { defaultValue: [] }) topics!: string[];
  @Field(() => [DiscussedInstructionInput], { defaultValue: [], description: 'At most 20, each instruction once, written in `language`.' }) instructions!: DiscussedInstructionInput[];
  @Field({ description: 'The language the meeting was held in.' }) language!: string;
  @Field({ description: 'Who led it.' }) leaderName!: string;
}

@InputType()
export class AttendToolboxMeetingInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID, { description: "From the meeting's QR code." }) meetingId!: string;
}

@InputType()
export class RecordToolboxAttendanceListInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => ID, { description: "The workers' party." }) workerPartyId!: string;
  @Field(() => [ID], { description: 'The workers on the paper list: 1 to 50, each once.' }) workerIds!: string[];
}

@ObjectType({ isAbstract: true })
export abstract class ToolboxMeetingPayload extends CommandPayload {
  @Field(() => ID) meetingId!: string;
}

@ObjectType() export class RecordToolboxMeetingPayload extends ToolboxMeetingPayload {}
@ObjectType() export class AttendToolboxMeetingPayload extends ToolboxMeetingPayload {}
@ObjectType() export class RecordToolboxAttendanceListPayload extends ToolboxMeetingPayload {}
