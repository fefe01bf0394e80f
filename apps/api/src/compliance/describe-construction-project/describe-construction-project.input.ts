import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class DescribeConstructionProjectInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => Int)
  estimatedWorkingDays!: number;

  @Field(() => Int)
  peakSimultaneousWorkers!: number;

  @Field(() => Int)
  personDays!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  plannedSiteStart!: string;
}

@ObjectType()
export class DescribeConstructionProjectPayload extends CommandPayload {}
