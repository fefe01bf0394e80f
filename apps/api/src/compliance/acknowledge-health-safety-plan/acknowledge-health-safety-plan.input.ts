import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class AcknowledgeHealthSafetyPlanInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class AcknowledgeHealthSafetyPlanPayload extends CommandPayload {}
