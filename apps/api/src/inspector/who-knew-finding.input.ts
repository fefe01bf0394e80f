import { Field, InputType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@InputType({ description: 'A finding as the findings query shows it and corrective actions name it: its rule and the instant it arose.' })
export class WhoKnewFindingInput {
  @Field({ description: 'e.g. NL-ARBO-8-INSTRUCTION' }) ruleId!: string;
  @Field(() => DateTimeScalar) arisenAt!: Date;
}
