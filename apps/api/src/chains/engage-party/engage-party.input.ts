import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { LinkKind } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { LinkKindEnum } from '../../graphql/enums';

@InputType()
export class EngagePartyInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { nullable: true, description: 'A UUID of your choosing; generated when left out.' })
  linkId?: string | null;

  @Field(() => ID, { description: 'The party you engage; your own party (in the chain) is the other end of the link.' })
  partyId!: string;

  @Field(() => LinkKindEnum)
  kind!: LinkKind;

  @Field({ description: 'What the engaged party does, e.g. "steel structure, floors 1-4".' })
  scope!: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Gezag: you direct the work. Only for SELF_EMPLOYED; LENDING is always under the hirer\'s authority.',
  })
  underAuthority?: boolean | null;

  @Field({ description: 'Date YYYY-MM-DD.' })
  startDate!: string;
}

@ObjectType()
export class EngagePartyPayload extends CommandPayload {
  @Field(() => ID)
  linkId!: string;
}
