import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType()
export class EndEngagementInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: 'A link you hold (or any link, as the principal).' })
  linkId!: string;

  @Field({ description: 'Date YYYY-MM-DD; not before the link\'s start date.' })
  endDate!: string;

  @Field()
  reason!: string;
}

@ObjectType()
export class EndEngagementPayload extends CommandPayload {}
