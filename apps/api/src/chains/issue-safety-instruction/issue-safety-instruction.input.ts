import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType({ description: 'The instruction in one language.' })
export class InstructionContentInput {
  @Field({ description: 'ISO 639-1 code, e.g. "nl", "pl".' })
  language!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;
}

@InputType()
export class IssueSafetyInstructionInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { nullable: true, description: 'A UUID of your choosing for a new instruction; generated when left out.' })
  instructionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An instruction you issued earlier: this becomes its next version (and keeps its id).',
  })
  supersedesInstructionId?: string | null;

  @Field(() => [InstructionContentInput], { description: 'At least one language; each language once.' })
  content!: InstructionContentInput[];

  @Field(() => [String], { description: 'UPPER_SNAKE_CASE topics, e.g. ["WORK_AT_HEIGHT"].' })
  topics!: string[];
}

@ObjectType()
export class IssueSafetyInstructionPayload extends CommandPayload {
  @Field(() => ID)
  instructionId!: string;

  @Field(() => Int, { description: 'The version issued: 1 for a new instruction, n+1 when superseding.' })
  instructionVersion!: number;
}
