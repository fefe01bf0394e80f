import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { startVerdicts, type StartVerdict } from '@schakel/domain';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import { FindingBasis } from '../findings/finding.types';

export const StartVerdictEnum = Object.fromEntries(startVerdicts.map((v) => [v, v])) as Record<StartVerdict, StartVerdict>;
registerEnumType(StartVerdictEnum, { name: 'StartVerdict', description: 'GO: no rule would be broken by the start; NO_GO: at least one would.' });

@ObjectType({ description: 'A finding the start would raise: the rule, its basis and the parties that bear the duty, by name; title, basis text and explanation in the reader\'s language, times on Dutch time.' })
export class StartCheckReason {
  @Field() ruleId!: string;
  @Field() title!: string;
  @Field(() => FindingBasis) basis!: FindingBasis;
  @Field(() => [ID], { description: 'The parties that bear the duty.' }) partyIds!: string[];
  @Field(() => [String], { description: 'The same parties by name.' }) dutyBearerNames!: string[];
  @Field(() => DateTimeScalar) arisenAt!: Date;
  @Field() explanation!: string;
  @Field(() => String, { nullable: true }) policyNote!: string | null;
}

@ObjectType({ description: 'GO or NO-GO for a worker starting a task now: the rules engine asked about the start before it happens.' })
export class StartCheckResult {
  @Field(() => StartVerdictEnum) verdict!: StartVerdict;
  @Field(() => DateTimeScalar, { description: 'The moment checked: what had been recorded by then counts.' }) at!: Date;
  @Field(() => ID) chainId!: string;
  @Field(() => ID, { description: 'The link the worker would start on.' }) linkId!: string;
  @Field(() => ID) workerPartyId!: string;
  @Field(() => ID) workerId!: string;
  @Field() workerName!: string;
  @Field(() => [String]) topics!: string[];
  @Field({ description: 'The language of the reasons\' title, basis and explanation: "nl" or "en".' }) language!: string;
  @Field(() => [StartCheckReason], { description: 'Empty for GO. At most one per rule and duty, so bounded by the rule set.' }) reasons!: StartCheckReason[];
}
