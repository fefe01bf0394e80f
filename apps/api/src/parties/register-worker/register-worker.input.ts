import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { WorkerRelationEnum } from '../../graphql/enums';

@InputType()
export class RegisterWorkerInput extends CommandInput {
  @Field(() => ID, { description: 'Your own party: a party registers its own workers.' })
  partyId!: string;

  @Field(() => ID, { nullable: true, description: 'A UUID of your choosing; generated when left out.' })
  workerId?: string | null;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the worker reads, e.g. ["pl", "nl"].' })
  languages!: string[];

  @Field(() => WorkerRelationEnum, { description: 'EMPLOYEE, LENT_WORKER (of an agency) or SELF (the zzp\'er themself).' })
  relation!: 'EMPLOYEE' | 'LENT_WORKER' | 'SELF';
}

@ObjectType()
export class RegisterWorkerPayload extends CommandPayload {
  @Field(() => ID)
  workerId!: string;
}
