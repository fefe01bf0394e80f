import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class DeliverRieExtractInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: 'The LENDING link you hold to the agency.' })
  linkId!: string;

  @Field(() => String, { description: 'SHA-256 (lowercase hex) of the RI&E extract.' })
  contentHash!: string;

  @Field(() => String)
  summary!: string;
}

@ObjectType()
export class DeliverRieExtractPayload extends CommandPayload {}
