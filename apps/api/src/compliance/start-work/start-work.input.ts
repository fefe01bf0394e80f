import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class StartWorkInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: "The link that engages the worker's party." })
  linkId!: string;

  @Field(() => ID, { description: 'The party the worker belongs to.' })
  workerPartyId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field(() => [String], { defaultValue: [], description: "The task's topics (UPPER_SNAKE_CASE), e.g. WORK_AT_HEIGHT." })
  topics!: string[];
}

@ObjectType()
export class StartWorkPayload extends CommandPayload {
  @Field(() => ID)
  workStartId!: string;
}
