import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class PublishHealthSafetyPlanInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => String, { description: 'SHA-256 (lowercase hex) of the plan document.' })
  contentHash!: string;

  @Field(() => String)
  summary!: string;
}

@ObjectType()
export class PublishHealthSafetyPlanPayload extends CommandPayload {}
