import { UseFilters } from '@nestjs/common';
import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import { DEFAULT_PAGE, MAX_PAGE, pageOffset, pageSize } from '../../graphql/page-args';
import {
  accidentRegister,
  accidentRegisterCsv,
  chainDecider,
  evaluateFindings,
  findingsSeenBy,
  type AccidentRegisterEntry as RegisterEntry,
  type ComplianceClock,
  type Finding as DomainFinding,
} from '@schakel/domain';
import { AccessPolicy } from '../../access/access-policy';
import type { Caller } from '@schakel/infrastructure';
import { CurrentCaller } from '../../auth/current-caller.decorator';
import { Roles } from '../../auth/roles.decorator';
import { forbidden } from '@schakel/application';
import { GraphqlExceptionFilter } from '../../errors/graphql-exception.filter';
import { CurrentRead, type ReadRequest } from '../../limits/read-request.decorator';
import { ClockEnum } from '../compliance-enums';
import { ComplianceFactsReader } from './compliance-facts';
import { AccidentRegisterEntry, Finding, FindingGroup, OpenFindings } from './finding.types';
import { inTurn } from '../../limits/fold-turns';
import { readerLanguage } from '../start-check/reason-language';
import { reasonText, type ReasonLanguage } from '../start-check/reason-texts';

export function toFinding(chainId: string, f: DomainFinding): Finding {
  return { ...f, chainId, arisenAt: new Date(f.arisenAt), resolvedAt: f.resolvedAt ? new Date(f.resolvedAt) : null };
}

/** A finding worded in the reader's language by the start check's catalogue (one source for both). */
function inLanguage(f: DomainFinding, language: ReasonLanguage): DomainFinding {
  const text = reasonText(f, language);
  return { ...f, title: text.title, basis: { ...f.basis, text: text.basisText }, explanation: text.explanation, policyNote: text.policyNote };
}

function groupBy(findings: Finding[], keys: (f: Finding) => string[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) for (const key of keys(f)) groups.set(key, [...(groups.get(key) ?? []), f]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, list]) => ({ key, count: list.length, findings: list }));
}

/** Findings and the accident register: computed by folding the log, never read from a table. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER', 'WORKER')
export class ComplianceQueriesResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly facts: ComplianceFactsReader,
  ) {}

  @Query(() => [Finding], {
    description: `Findings of a chain as of a moment (default now), under a clock; only those concerning parties you may see. At most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) from \`offset\`.`,
  })
  async findings(
    @Args('chainId', { type: () => ID }) chainId: string,
    @CurrentCaller() caller: Caller,
    @Args('asOf', { type: () => DateTimeScalar, nullable: true }) asOf?: Date | null,
    @Args('clock', { type: () => ClockEnum, defaultValue: 'RECORDED' }) clock: ComplianceClock = 'RECORDED',
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number = 0,
    @Args('language', {
      type: () => String,
      nullable: true,
      description: 'Title, basis text and explanation in "nl" or "en", as the start check words its reasons (times on Dutch time); another is LANGUAGE_NOT_SUPPORTED. Left out: the rules\' own English, as the log keeps it.',
    })
    language?: string | null,
    @CurrentRead() read?: ReadRequest,
  ): Promise<Finding[]> {
    const reader = language === null || language === undefined ? null : readerLanguage(language, null);
    const [size, from] = [pageSize(first), pageOffset(offset)];
    const scope = await this.access.chainFor(caller, chainId);
    const facts = await this.facts.facts(chainId);
    // each fold in a turn of its own (fold-turns): another client's request starts between folds
    const findings = await inTurn(() =>
      evaluateFindings(facts, {
        asOf: (asOf ?? new Date()).toISOString(),
        clock,
        policy: this.facts.policy,
        interrupt: read?.budget,
      }),
    );
    return findingsSeenBy(findings, scope)
      .slice(from, from + size)
      .map((f) => toFinding(chainId, reader ? inLanguage(f, reader) : f));
  }

  @Query(() => OpenFindings, { description: 'Open findings across every chain where your party is principal, grouped by rule and by party.' })
  async openFindings(@CurrentCaller() caller: Caller, @CurrentRead() read?: ReadRequest): Promise<OpenFindings> {
    const now = new Date().toISOString();
    const findings: Finding[] = [];
    for (const chainId of await this.access.chainIdsOf(caller)) {
      const scope = await this.access.chainFor(caller, chainId);
      if (!scope.isPrincipal) continue;
      const facts = await this.facts.facts(chainId);
      const open = (await inTurn(() => evaluateFindings(facts, { asOf: now, policy: this.facts.policy, interrupt: read?.budget }))).filter(
        (f) => f.resolvedAt === null,
      );
      findings.push(...open.map((f) => toFinding(chainId, f)));
    }
    return {
      total: findings.length,
      byRule: groupBy(findings, (f) => [f.ruleId]),
      byParty: groupBy(findings, (f) => f.partyIds),
      findings,
    };
  }

  @Query(() => [AccidentRegisterEntry], {
    description: `Your party's accident register: reported accidents and those with more than 3 working days' absence. At most \`first\` (default ${DEFAULT_PAGE}, at most ${MAX_PAGE}) from \`offset\`.`,
  })
  async accidentRegister(
    @Args('partyId', { type: () => ID }) partyId: string,
    @CurrentCaller() caller: Caller,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number = DEFAULT_PAGE,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number = 0,
    @CurrentRead() read?: ReadRequest,
  ): Promise<AccidentRegisterEntry[]> {
    const [size, from] = [pageSize(first), pageOffset(offset)];
    return (await this.register(caller, partyId, read)).slice(from, from + size).map((e) => ({
      ...e,
      happenedAt: new Date(e.happenedAt),
      reportedToNlaAt: e.reportedToNlaAt ? new Date(e.reportedToNlaAt) : null,
    }));
  }

  @Query(() => String, { description: 'Your party\'s accident register as CSV (RFC 4180, header row).' })
  async accidentRegisterCsv(
    @Args('partyId', { type: () => ID }) partyId: string,
    @CurrentCaller() caller: Caller,
    @CurrentRead() read?: ReadRequest,
  ): Promise<string> {
    return accidentRegisterCsv(await this.register(caller, partyId, read));
  }

  private async register(caller: Caller, partyId: string, read?: ReadRequest): Promise<RegisterEntry[]> {
    if (caller.partyId !== partyId) throw forbidden('REGISTER_NOT_OWN', 'Only your own party\'s accident register can be read.');
    const states = await Promise.all(
      (await this.access.chainIdsOf(caller)).map(async (chainId) => {
        const events = await this.facts.chainEvents(chainId);
        // one chain at a time is folded whole, in a turn of its own; the request's budget is asked before each
        return inTurn(() => {
          read?.budget.throwIfAborted();
          return events.reduce(chainDecider.evolve, chainDecider.initialState());
        });
      }),
    );
    // a WORKER token reads only the lines about itself
    const reader = caller.role === 'WORKER' ? { workerId: caller.workerId ?? '', partyId } : { workerId: null };
    return accidentRegister(states, partyId, reader);
  }
}
