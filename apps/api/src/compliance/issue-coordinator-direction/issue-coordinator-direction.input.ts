import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class IssueCoordinatorDirectionInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => [ID])
  addresseePartyIds!: string[];

  @Field(() => String)
  text!: string;
}

@ObjectType()
export class IssueCoordinatorDirectionPayload extends CommandPayload {
  @Field(() => ID)
  directionId!: string;
}
