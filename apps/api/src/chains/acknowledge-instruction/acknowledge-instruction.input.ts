import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class AcknowledgeInstructionInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  instructionId!: string;

  @Field(() => Int, { description: 'The version read and acknowledged.' })
  version!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'A worker of your party who acknowledges; left out, your party acknowledges (or, with a WORKER token, the worker of the token).',
  })
  workerId?: string | null;

  @Field({ description: 'ISO 639-1 code of the language the instruction was read in.' })
  language!: string;
}

@ObjectType()
export class AcknowledgeInstructionPayload extends CommandPayload {}
