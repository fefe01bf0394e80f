import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import type { IncidentSeverity } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { IncidentSeverityEnum } from '../../graphql/enums';

@InputType({ description: 'A change in severity found out later (e.g. a hospital admission): a new fact, not a correction.' })
export class ReclassifyIncidentInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID)
  incidentId!: string;

  @Field(() => IncidentSeverityEnum)
  severity!: IncidentSeverity;

  @Field(() => Int)
  absenceDays!: number;

  @Field(() => DateTimeScalar, { description: 'When the new severity became known.' })
  becameKnownAt!: Date;

  @Field()
  reason!: string;
}

@ObjectType()
export class ReclassifyIncidentPayload extends CommandPayload {}
