import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { SpecialHazardEnum } from '../compliance-enums';

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

  @Field(() => [SpecialHazardEnum], {
    defaultValue: [],
    description: 'Hazards of Annex II of Directive 92/57/EEC in the works; any one requires a V&G plan (Arbobesluit 2.28(1)).',
  })
  specialHazards!: string[];
}

@ObjectType()
export class DescribeConstructionProjectPayload extends CommandPayload {}
