import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { PartyKindEnum } from '../../graphql/enums';

@InputType()
export class RegisterPartyInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'A UUID of your choosing; generated when left out.' })
  partyId?: string | null;

  @Field(() => PartyKindEnum)
  kind!: 'ORGANISATION' | 'PERSON';

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'KvK number: exactly 8 digits.' })
  kvkNumber?: string | null;

  @Field(() => String, { nullable: true, defaultValue: 'NL', description: 'ISO 3166-1 alpha-2; NL when left out.' })
  country?: string | null;
}

@ObjectType()
export class RegisterPartyPayload extends CommandPayload {
  @Field(() => ID)
  partyId!: string;
}
