import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class ResumeWorkInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  incidentId!: string;
}

@ObjectType()
export class ResumeWorkPayload extends CommandPayload {}
