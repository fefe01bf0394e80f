import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import type { BasisKind } from '@schakel/domain';
import { BasisKindEnum } from '../compliance-enums';

@ObjectType({ description: 'The legal basis of a rule: article, kind of basis and since when it is in force.' })
export class FindingBasis {
  @Field()
  article!: string;

  @Field(() => BasisKindEnum)
  kind!: BasisKind;

  @Field()
  text!: string;

  @Field({ description: 'YYYY-MM-DD' })
  inForceFrom!: string;
}

@ObjectType({ description: 'A gap derived from the log by a rule; never typed in.' })
export class Finding {
  @Field(() => ID)
  chainId!: string;

  @Field()
  ruleId!: string;

  @Field()
  title!: string;

  @Field(() => FindingBasis)
  basis!: FindingBasis;

  @Field(() => [ID])
  partyIds!: string[];

  @Field(() => DateTimeScalar)
  arisenAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while open.' })
  resolvedAt!: Date | null;

  @Field(() => [ID], { description: 'The events that caused (and resolved) it: click through to the evidence.' })
  evidenceEventIds!: string[];

  @Field()
  explanation!: string;

  @Field(() => String, { nullable: true, description: 'Set when a deadline is policy of this platform, not law.' })
  policyNote!: string | null;
}

@ObjectType({ description: 'Open findings sharing a rule or a party.' })
export class FindingGroup {
  @Field({ description: 'The rule id or the party id.' })
  key!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => [Finding])
  findings!: Finding[];
}

@ObjectType({ description: 'Open findings across every chain where you are principal, all tiers.' })
export class OpenFindings {
  @Field(() => Int)
  total!: number;

  @Field(() => [FindingGroup])
  byRule!: FindingGroup[];

  @Field(() => [FindingGroup])
  byParty!: FindingGroup[];

  @Field(() => [Finding])
  findings!: Finding[];
}

@ObjectType({ description: 'A line of the accident register (Arbowet 9(2)).' })
export class AccidentRegisterEntry {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field(() => DateTimeScalar)
  happenedAt!: Date;

  @Field({ description: 'What happened.' })
  nature!: string;

  @Field()
  location!: string;

  @Field()
  severity!: string;

  @Field(() => Int)
  absenceDays!: number;

  @Field(() => String, { nullable: true })
  victimRelation!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  reportedToNlaAt!: Date | null;

  @Field(() => ID)
  evidenceEventId!: string;
}
