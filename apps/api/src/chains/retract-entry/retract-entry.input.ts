import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../../graphql/command-io';

@InputType({ description: 'The entry stops counting but stays visible, marked retracted, with your reason.' })
export class RetractEntryInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: 'The eventId of an entry your party recorded.' })
  targetEventId!: string;

  @Field()
  reason!: string;
}

@ObjectType()
export class RetractEntryPayload extends CommandPayload {}
