import { UseFilters } from '@nestjs/common';
import { Args, Field, ID, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { StartCheckRecord } from '@schakel/domain';
import { Roles } from '../auth/roles.decorator';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import { DEFAULT_PAGE, MAX_PAGE, pageSize } from '../graphql/page-args';
import { ChainAsOf } from './inspector.types';

@ObjectType({ description: 'A start checked at the gate as it stood at the replayed moment: GO, or NO-GO and started anyway (an override).' })
export class ReplayStartCheck {
  @Field(() => ID) eventId!: string;
  @Field(() => ID) workStartId!: string;
  @Field(() => ID) linkId!: string;
  @Field(() => ID) workerId!: string;
  @Field() workerPartyName!: string;
  @Field(() => [String]) topics!: string[];
  @Field() verdict!: string;
  @Field({ description: 'True when the start went ahead despite NO-GO.' }) override!: boolean;
  @Field(() => String, { nullable: true }) overrideReason!: string | null;
  @Field(() => [String], { description: 'The rules the check named (empty for GO).' }) ruleIds!: string[];
  @Field(() => ID) checkedByPartyId!: string;
  @Field() checkedByName!: string;
  @Field() passScanned!: boolean;
  @Field({ description: "True when the server verified the worker's personal pass at the gate: the worker was identified by pass." }) identifiedByPass!: boolean;
  @Field(() => DateTimeScalar) startedAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

export function toReplayStartCheck(record: StartCheckRecord, nameOf: (id: string) => string): ReplayStartCheck {
  return {
    eventId: record.stamp.eventId,
    workStartId: record.workStartId,
    linkId: record.linkId,
    workerId: record.workerId,
    workerPartyName: nameOf(record.partyId),
    topics: record.topics,
    verdict: record.verdict,
    override: record.overrideReason !== null,
    overrideReason: record.overrideReason,
    ruleIds: record.reasons.map((r) => r.ruleId),
    checkedByPartyId: record.checkedByPartyId,
    checkedByName: nameOf(record.checkedByPartyId),
    passScanned: record.passScanned,
    identifiedByPass: record.passIdHash !== null,
    startedAt: new Date(record.stamp.occurredAt),
    recordedAt: new Date(record.stamp.recordedAt),
  };
}

/** The gate's start checks in a replay, overrides first marked as such; bounded by `first`. */
@UseFilters(GraphqlExceptionFilter)
@Resolver(() => ChainAsOf)
@Roles('INSPECTOR', 'MANAGER')
export class ChainAsOfStartChecksResolver {
  @ResolveField(() => [ReplayStartCheck], { description: `Starts checked at the gate, in the order recorded. At most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}).` })
  startChecks(
    @Parent() chain: ChainAsOf,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('overridesOnly', { defaultValue: false }) overridesOnly: boolean = false,
  ): ReplayStartCheck[] {
    const size = pageSize(first);
    return (chain.startCheckList ?? []).filter((c) => !overridesOnly || c.override).slice(0, size);
  }
}
