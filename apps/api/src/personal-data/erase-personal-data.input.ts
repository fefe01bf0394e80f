import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../graphql/command-io';

@InputType()
export class ErasePersonalDataInput extends CommandInput {
  @Field(() => ID, { description: 'The party the person works for (or the person party itself).' })
  partyId!: string;

  @Field(() => ID, { description: 'The worker whose personal data is erased (or the person party itself).' })
  subjectId!: string;

  @Field({ description: 'Why, without personal data: e.g. "request under GDPR art. 17 of 2026-12-07". Recorded in the log.' })
  reason!: string;
}

@ObjectType()
export class ErasePersonalDataPayload extends CommandPayload {
  @Field(() => Int, { description: 'The person\'s number among the erased.' })
  erasedAs!: number;

  @Field({ description: 'How the person reads from now on, e.g. "erased person #3".' })
  shownAs!: string;
}
