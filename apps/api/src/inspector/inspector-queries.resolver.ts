import { UseFilters } from '@nestjs/common';
import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';
import type { ReplayClock, WhoKnewSubject } from '@schakel/domain';
import { Roles } from '../auth/roles.decorator';
import { CurrentRead, type ReadRequest } from '../limits/read-request.decorator';
import { badInput } from '@schakel/application';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { InspectorGate } from './inspector-gate';
import { ReplayClockEnum } from './inspector.enums';
import { AccidentReplay, ChainAsOf, ReplayFinding, Timeline, TimelineFilterInput, WhoKnew } from './inspector.types';
import { ReplayQueries, validInstant } from './replay-queries';
import { WhoKnewFindingInput } from './who-knew-finding.input';

/** Replay of a chain from its log. Every INSPECTOR read is recorded in the chain's access stream first. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('INSPECTOR', 'MANAGER')
export class InspectorQueriesResolver {
  constructor(
    private readonly gate: InspectorGate,
    private readonly replay: ReplayQueries,
  ) {}

  @Query(() => ChainAsOf, { description: 'The chain as it stood (OCCURRED) or as the records said (RECORDED) at asOf, folded from the log.' })
  async chainAsOf(
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('asOf', { type: () => DateTimeScalar }) asOf: Date,
    @Args('clock', { type: () => ReplayClockEnum }) clock: ReplayClock,
    @CurrentRead() request: ReadRequest,
  ): Promise<ChainAsOf> {
    const at = validInstant(asOf, 'asOf');
    const events = await this.gate.open(request, chainId, { query: 'chainAsOf', asOf: at, clock });
    return this.replay.chainAsOf(chainId.toLowerCase(), events, asOf, clock, request.budget);
  }

  @Query(() => Timeline, { description: 'Every event of the chain in the order of a clock, filtered, with backdating and late-entry flags.' })
  async timeline(
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('clock', { type: () => ReplayClockEnum }) clock: ReplayClock,
    @Args('filter', { type: () => TimelineFilterInput, nullable: true }) filter: TimelineFilterInput | null,
    @CurrentRead() request: ReadRequest,
  ): Promise<Timeline> {
    const events = await this.gate.open(request, chainId, { query: 'timeline', clock, subject: filter ? JSON.stringify(filter) : null });
    return this.replay.timeline(events, clock, filter ?? {}, request.budget);
  }

  @Query(() => WhoKnew, {
    description:
      "Who knew of an incident, an instruction, a hazard (topic and/or location), a coordinator's direction, or a finding (its rule and the instant it arose, as corrective actions name it), from when and how. Give one subject.",
  })
  async whoKnew(
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('incidentId', { type: () => ID, nullable: true }) incidentId: string | null,
    @Args('instructionId', { type: () => ID, nullable: true }) instructionId: string | null,
    @Args('topic', { type: () => String, nullable: true }) topic: string | null,
    @Args('location', { type: () => String, nullable: true }) location: string | null,
    @CurrentRead() request: ReadRequest,
    @Args('directionId', { type: () => ID, nullable: true }) directionId?: string | null,
    @Args('finding', { type: () => WhoKnewFindingInput, nullable: true, description: 'A finding: who was asked to fix it, completed and verified the fix.' }) finding?: WhoKnewFindingInput | null,
  ): Promise<WhoKnew> {
    const subject = subjectOf({ incidentId, instructionId, topic, location, directionId: directionId ?? null, finding: finding ?? null });
    const events = await this.gate.open(request, chainId, { query: 'whoKnew', subject: JSON.stringify(subject) });
    return this.replay.whoKnew(chainId.toLowerCase(), events, subject, request.budget);
  }

  @Query(() => AccidentReplay, { description: 'Story 4: at the moment of the accident, the active links, current instructions and acknowledgements, earlier near misses and who was told, and what was recorded after.' })
  async accidentReplay(
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('incidentId', { type: () => ID }) incidentId: string,
    @CurrentRead() request: ReadRequest,
  ): Promise<AccidentReplay> {
    const events = await this.gate.open(request, chainId, { query: 'accidentReplay', clock: 'OCCURRED', subject: incidentId });
    return this.replay.accidentReplay(events, incidentId.toLowerCase(), request.budget);
  }
}

/** Findings are evaluated only when a chainAsOf query asks for them. */
@UseFilters(GraphqlExceptionFilter)
@Resolver(() => ChainAsOf)
@Roles('INSPECTOR', 'MANAGER')
export class ChainAsOfFindingsResolver {
  constructor(private readonly replay: ReplayQueries) {}

  @ResolveField(() => [ReplayFinding], { description: 'The rules engine\'s findings as they stood at asOf on the clock asked (credentials included).' })
  findings(@Parent() chain: ChainAsOf): Promise<ReplayFinding[]> {
    return chain.source ? this.replay.findings(chain.source) : Promise.resolve([]);
  }
}

type SubjectArgs = {
  incidentId: string | null;
  instructionId: string | null;
  topic: string | null;
  location: string | null;
  directionId: string | null;
  finding: WhoKnewFindingInput | null;
};

function subjectOf({ incidentId, instructionId, topic, location, directionId, finding }: SubjectArgs): WhoKnewSubject {
  const given = [incidentId, instructionId, topic || location, directionId, finding].filter((v) => v != null && v !== '');
  if (given.length !== 1) {
    throw badInput('WHO_KNEW_SUBJECT_INVALID', 'Give exactly one subject: incidentId, instructionId, topic and/or location, directionId, or finding.');
  }
  if (incidentId) return { kind: 'INCIDENT', incidentId: incidentId.toLowerCase() };
  if (instructionId) return { kind: 'INSTRUCTION', instructionId: instructionId.toLowerCase() };
  if (directionId) return { kind: 'DIRECTION', directionId: directionId.toLowerCase() };
  if (finding) return { kind: 'FINDING', ruleId: finding.ruleId.trim().toUpperCase(), arisenAt: validInstant(finding.arisenAt, 'finding.arisenAt') };
  return { kind: 'HAZARD', topic: topic || null, location: location || null };
}
