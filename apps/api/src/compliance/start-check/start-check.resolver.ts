import { UseFilters } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../../access/access-policy';
import type { Caller } from '@schakel/infrastructure';
import { CurrentCaller } from '../../auth/current-caller.decorator';
import { Roles } from '../../auth/roles.decorator';
import { forbidden, notFound } from '@schakel/application';
import { GraphqlExceptionFilter } from '../../errors/graphql-exception.filter';
import { DateTimeScalar } from '../../graphql/date-time.scalar';
import { CurrentRead, type ReadRequest } from '../../limits/read-request.decorator';
import { StartCheckService } from './start-check.service';
import { StartCheckResult } from './start-check.types';
import { toStartCheckResult } from './start-check.presenter';
import { WorkerPasses } from '../../worker-passes/worker-passes.service';

/** The gate's question, asked before a start: refused like any read for a worker the caller may not see. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER', 'WORKER')
export class StartCheckResolver {
  constructor(
    private readonly access: AccessPolicy,
    private readonly checks: StartCheckService,
    private readonly passes: WorkerPasses,
  ) {}

  @Query(() => StartCheckResult, {
    description:
      "The gate: a site manager scans a worker's personal pass and asks GO or NO-GO for these topics now. A pass of a worker no party at or below yours in the chain employs is refused like any read, before anything about the pass is looked up.",
  })
  @Roles('MANAGER')
  async gateCheck(
    @Args('pass', { description: 'The token the QR code of the pass holds.' }) pass: string,
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('topics', { type: () => [String] }) topics: string[],
    @CurrentCaller() caller: Caller,
    @Args('linkId', { type: () => ID, nullable: true }) linkId?: string | null,
    @Args('language', { type: () => String, nullable: true, description: 'The language of the reasons: "nl" or "en"; default the language of your membership, else Dutch.' }) language?: string | null,
    @CurrentRead() read?: ReadRequest,
  ): Promise<StartCheckResult> {
    const id = chainId.toLowerCase();
    const reader = await this.checks.languageFor(caller, language);
    const scope = await this.access.chainFor(caller, id);
    const claims = this.passes.read(pass);
    // a pass of a worker the scanner may not see tells it nothing: not even whether it was revoked
    if (!scope.subjectPartyIds.has(claims.workerPartyId)) throw forbidden('WORKER_NOT_VISIBLE', 'You may not see this worker: it belongs to no party at or below yours in this chain.');
    await this.passes.requireValid(claims);
    const { check, names } = await this.checks.check(
      { chainId: id, workerPartyId: claims.workerPartyId, workerId: claims.workerId, topics, linkId: linkId ? linkId.toLowerCase() : null, at: new Date().toISOString() },
      read?.budget,
    );
    return toStartCheckResult(id, check, names, reader);
  }

  @Query(() => StartCheckResult, {
    description:
      "GO or NO-GO for a worker starting a task at `at` (default now), computed by the rules engine on the chain as recorded then: the findings the start would raise. `linkId` may be left out when the worker's party is engaged on one active link.",
  })
  async startCheck(
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('workerPartyId', { type: () => ID }) workerPartyId: string,
    @Args('workerId', { type: () => ID }) workerId: string,
    @Args('topics', { type: () => [String] }) topics: string[],
    @CurrentCaller() caller: Caller,
    @Args('linkId', { type: () => ID, nullable: true }) linkId?: string | null,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at?: Date | null,
    @Args('language', { type: () => String, nullable: true, description: 'The language of the reasons: "nl" or "en"; default the language of your membership, else Dutch.' }) language?: string | null,
    @CurrentRead() read?: ReadRequest,
  ): Promise<StartCheckResult> {
    const id = chainId.toLowerCase();
    const reader = await this.checks.languageFor(caller, language);
    const scope = await this.access.chainFor(caller, id);
    const [party, worker] = [workerPartyId.toLowerCase(), workerId.toLowerCase()];
    // a manager sees the staff of its own party and the parties below it; a worker only itself
    const visible = caller.role === 'WORKER' ? caller.partyId === party && caller.workerId === worker : scope.subjectPartyIds.has(party);
    if (!visible) throw forbidden('WORKER_NOT_VISIBLE', 'You may not see this worker: it belongs to no party at or below yours in this chain.');
    if (!(await this.checks.workerExists(party, worker))) throw notFound('WORKER_NOT_FOUND', 'No such worker in that party.');
    const { check, names } = await this.checks.check(
      { chainId: id, workerPartyId: party, workerId: worker, topics, linkId: linkId ? linkId.toLowerCase() : null, at: (at ?? new Date()).toISOString() },
      read?.budget,
    );
    return toStartCheckResult(id, check, names, reader);
  }
}
