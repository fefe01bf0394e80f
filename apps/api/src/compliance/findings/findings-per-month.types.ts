import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Findings one party (a duty bearer the finding names) saw opened and resolved in one calendar month.' })
export class FindingMonthBar {
  @Field({ description: 'YYYY-MM, the calendar month in Dutch time (Europe/Amsterdam).' })
  month!: string;

  @Field(() => ID)
  partyId!: string;

  @Field(() => String, { nullable: true, description: 'The party by name; null when its name is not known.' })
  partyName!: string | null;

  @Field(() => Int)
  opened!: number;

  @Field(() => Int)
  resolved!: number;
}

@ObjectType({ description: 'Findings of a chain opened and resolved per month and per duty bearer, counted over every finding you may see (never a cut page).' })
export class FindingsPerMonth {
  @Field(() => [String], { description: 'The months counted, oldest first (YYYY-MM, Dutch time), up to this month.' })
  months!: string[];

  @Field(() => [FindingMonthBar], { description: 'One per month and party with a finding opened or resolved; at most months × parties.' })
  bars!: FindingMonthBar[];

  @Field(() => Int, { description: 'Findings opened or resolved within the months counted: what the bars cover.' })
  covered!: number;

  @Field(() => Int, { description: 'Every finding of the chain you may see, those covered among them.' })
  total!: number;
}
