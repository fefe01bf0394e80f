import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { ChainSectorEnum } from '../../graphql/enums';

@InputType()
export class OpenChainInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: 'A UUID of your choosing; generated when left out.' })
  chainId?: string | null;

  @Field({ description: 'The project or assignment, e.g. "Renovatie Hoogstraat 12-40".' })
  name!: string;

  @Field(() => String, { nullable: true, defaultValue: '' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the work takes place, when it is a site.' })
  siteAddress?: string | null;

  @Field(() => ID, { description: 'The principal (opdrachtgever) at the root of the chain: your own party.' })
  principalPartyId!: string;

  @Field(() => ChainSectorEnum, {
    defaultValue: 'CONSTRUCTION',
    description: 'The kind of works: the construction rules (V&G plan, coordinators, prior notice) apply to CONSTRUCTION only.',
  })
  sector?: string | null;
}

@ObjectType()
export class OpenChainPayload extends CommandPayload {
  @Field(() => ID)
  chainId!: string;
}
