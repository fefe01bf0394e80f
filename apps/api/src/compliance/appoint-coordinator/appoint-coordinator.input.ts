import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { CoordinatorPhase } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { CoordinatorPhaseEnum } from '../compliance-enums';

@InputType()
export class AppointCoordinatorInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => CoordinatorPhaseEnum)
  phase!: CoordinatorPhase;

  @Field(() => ID)
  coordinatorPartyId!: string;
}

@ObjectType()
export class AppointCoordinatorPayload extends CommandPayload {}
