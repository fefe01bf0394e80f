import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class AcknowledgeCoordinatorDirectionInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  directionId!: string;
}

@ObjectType()
export class AcknowledgeCoordinatorDirectionPayload extends CommandPayload {}
