import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class PassDownInstructionInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  instructionId!: string;

  @Field(() => Int, { nullable: true, description: 'The version to pass down; the current version when left out.' })
  version?: number | null;

  @Field(() => ID, { description: 'An active link you hold: the instruction goes to the party it engages.' })
  linkId!: string;
}

@ObjectType()
export class PassDownInstructionPayload extends CommandPayload {}
