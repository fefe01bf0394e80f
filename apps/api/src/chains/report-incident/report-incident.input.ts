import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import type { IncidentKind, IncidentSeverity } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { IncidentKindEnum, IncidentSeverityEnum } from '../../graphql/enums';

@InputType({ description: 'Who was hurt: the party, the worker, and the link that engaged the party.' })
export class IncidentVictimInput {
  @Field(() => ID)
  partyId!: string;

  @Field(() => ID, { nullable: true })
  workerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The link that engaged the victim\'s party; it tells whose authority (gezag) the victim worked under.',
  })
  linkId?: string | null;
}

@InputType()
export class ReportIncidentInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { nullable: true, description: 'A UUID of your choosing; generated when left out.' })
  incidentId?: string | null;

  @Field(() => IncidentKindEnum)
  kind!: IncidentKind;

  @Field(() => DateTimeScalar, { description: 'When it happened. Also the entry\'s occurredAt unless that is given.' })
  happenedAt!: Date;

  @Field()
  location!: string;

  @Field()
  description!: string;

  @Field(() => [String], { defaultValue: [], description: 'UPPER_SNAKE_CASE topics, e.g. ["WORK_AT_HEIGHT"].' })
  topics!: string[];

  @Field(() => IncidentVictimInput, { nullable: true, description: 'Required for an accident; none for a near miss.' })
  victim?: IncidentVictimInput | null;

  @Field(() => IncidentSeverityEnum, { nullable: true, defaultValue: 'NONE' })
  severity?: IncidentSeverity | null;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  absenceDays?: number | null;
}

@ObjectType()
export class ReportIncidentPayload extends CommandPayload {
  @Field(() => ID)
  incidentId!: string;
}
