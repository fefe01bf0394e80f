import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { PartyKindEnum, WorkerRelationEnum } from '../graphql/enums';

@ObjectType({ description: 'A worker of a party: an employee, a lent worker, or the zzp\'er themself.' })
export class Worker {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partyId!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'ISO 639-1 codes of the languages the worker reads.' })
  languages!: string[];

  @Field(() => WorkerRelationEnum)
  relation!: string;

  @Field(() => DateTimeScalar)
  registeredAt!: Date;
}

@ObjectType({ description: 'An organisation or person that can take part in chains.' })
export class Party {
  @Field(() => ID)
  id!: string;

  @Field(() => PartyKindEnum)
  kind!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Dutch Chamber of Commerce number (8 digits), where given.' })
  kvkNumber!: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2.' })
  country!: string;

  @Field(() => DateTimeScalar)
  registeredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The party that registered this one (null when registered by an administrator).' })
  registeredBy!: string | null;

  /** Resolved by PartyResolver, only for callers who may see the workers. */
  workers?: Worker[];
}
