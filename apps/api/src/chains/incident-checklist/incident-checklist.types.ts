import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import { IncidentKindEnum, IncidentSeverityEnum, VictimRelationEnum } from '../../graphql/enums';
import { IncidentVictimInput } from '../report-incident/report-incident.input';

export const NlaDutyAnswerEnum = { MUST_REPORT: 'MUST_REPORT', NEAR_MISS: 'NEAR_MISS', NOT_SERIOUS: 'NOT_SERIOUS', SELF_EMPLOYED: 'SELF_EMPLOYED' } as const;
registerEnumType(NlaDutyAnswerEnum, {
  name: 'NlaDutyAnswer',
  description:
    'Whether an accident must be reported to the NLA (Arbowet 9(1)): MUST_REPORT; NEAR_MISS (nobody hurt); NOT_SERIOUS (no death, permanent injury or hospital admission); SELF_EMPLOYED (a genuine zzp\'er has no Arbo employer to report).',
});

@ObjectType({
  description:
    'The NLA checklist of an accident, from the same facts the rules NL-ARBO-9-REPORT and NL-ARBO-9-PHONE judge by: whether, by whom, by when (policy: the law says "direct"), and whether by phone.',
})
export class NlaReportDuty {
  @Field(() => NlaDutyAnswerEnum) answer!: string;
  @Field() mustReport!: boolean;
  @Field(() => ID, { nullable: true, description: 'The Arbo employer of the victim (the hirer for a lent worker, the gezag holder for a zzp\'er under gezag): it reports.' })
  dutyBearerPartyId!: string | null;
  @Field(() => VictimRelationEnum, { nullable: true }) victimRelation!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the duty started: the accident, or when a reclassification made it reportable.' })
  clockStart!: Date | null;
  @Field({ description: 'True when a reclassification made the accident reportable later (Arbowet 9(1), late discovery).' }) lateDiscovery!: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Report by then: clockStart plus the policy\'s hours.' }) deadline!: Date | null;
  @Field({ description: 'A death: report by phone (Arbobesluit 2.1(2)).' }) byPhone!: boolean;
  @Field(() => Int, { description: 'The policy\'s hours for "direct" (SCHAKEL_DIRECT_REPORT_HOURS).' }) directReportHours!: number;
}

@InputType({ description: 'An incident as it is being reported: enough to tell its NLA duty before it is recorded.' })
export class NlaReportDutyInput {
  @Field(() => ID) chainId!: string;
  @Field(() => IncidentKindEnum) kind!: string;
  @Field(() => IncidentSeverityEnum, { defaultValue: 'NONE' }) severity!: string;
  @Field(() => DateTimeScalar) happenedAt!: Date;
  @Field(() => IncidentVictimInput, { nullable: true, description: 'For an accident: the victim and the link that engaged its party.' })
  victim?: IncidentVictimInput | null;
}

@ObjectType({ description: 'Measures taken after an accident, as the victim\'s Arbo employer recorded them.' })
export class IncidentMeasure {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) byPartyId!: string;
  @Field({ description: 'What was done; withheld (health data) from those without need to know.' }) description!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'The follow-up of a recorded incident: its NLA duty, the measures taken and the resumption of work.' })
export class IncidentChecklist {
  @Field(() => ID) incidentId!: string;
  @Field(() => NlaReportDuty) duty!: NlaReportDuty;
  @Field(() => [IncidentMeasure]) measures!: IncidentMeasure[];
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the victim resumed work (as recorded by the Arbo employer).' }) resumedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) resumptionRecordedAt!: Date | null;
}
