import { UseFilters } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { evaluateFindings, findingsPerMonth, findingsSeenBy } from '@schakel/domain';
import type { Caller } from '@schakel/infrastructure';
import { badInput } from '@schakel/application';
import { AccessPolicy } from '../../access/access-policy';
import { CurrentCaller } from '../../auth/current-caller.decorator';
import { Roles } from '../../auth/roles.decorator';
import { GraphqlExceptionFilter } from '../../errors/graphql-exception.filter';
import { CurrentRead, type ReadRequest } from '../../limits/read-request.decorator';
import { inTurn } from '../../limits/fold-turns';
import { ComplianceFactsReader } from './compliance-facts';
import { FindingsPerMonth } from './findings-per-month.types';

const MAX_FINDING_MONTHS = 24;

/** The principal's chart of findings per month: counted on the server over every finding, so no page cuts it. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER', 'WORKER')
export class FindingsPerMonthResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly facts: ComplianceFactsReader,
  ) {}

  @Query(() => FindingsPerMonth, {
    description: `Findings of a chain opened and resolved per calendar month (Dutch time) and per party they name, over the last \`months\` months (1 to ${MAX_FINDING_MONTHS}, default 12) up to now, as the records say (RECORDED); only findings concerning parties you may see (as \`findings\`).`,
  })
  async findingsPerMonth(
    @Args('chainId', { type: () => ID }) chainId: string,
    @CurrentCaller() caller: Caller,
    @Args('months', { type: () => Int, defaultValue: 12 }) months: number = 12,
    @CurrentRead() read?: ReadRequest,
  ): Promise<FindingsPerMonth> {
    if (!Number.isInteger(months) || months < 1 || months > MAX_FINDING_MONTHS) {
      throw badInput('FINDING_MONTHS_INVALID', `months must be from 1 to ${MAX_FINDING_MONTHS}, got ${months}.`);
    }
    const scope = await this.access.chainFor(caller, chainId);
    const facts = await this.facts.facts(chainId);
    const now = new Date().toISOString();
    const findings = await inTurn(() => evaluateFindings(facts, { asOf: now, clock: 'RECORDED', policy: this.facts.policy, interrupt: read?.budget }));
    const counted = findingsPerMonth(findingsSeenBy(findings, scope), { now, months });
    const names = facts.names ?? {};
    return { ...counted, bars: counted.bars.map((bar) => ({ ...bar, partyName: names[bar.partyId] ?? null })) };
  }
}
