import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class RevokeInspectorAccessInput extends CommandInput {
  @Field(() => ID) chainId!: string;
  @Field(() => ID) grantId!: string;
  @Field() reason!: string;
}

@ObjectType()
export class RevokeInspectorAccessPayload extends CommandPayload {}
