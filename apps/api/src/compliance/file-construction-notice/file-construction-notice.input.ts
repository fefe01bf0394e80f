import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class FileConstructionNoticeInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => String, { description: "The NLA's reference of the prior notice (voormelding) or its update." })
  reference!: string;
}

@ObjectType()
export class FileConstructionNoticePayload extends CommandPayload {}
