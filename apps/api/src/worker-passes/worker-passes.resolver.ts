import { UseFilters } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '@schakel/infrastructure';
import { CurrentCaller, RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import { WorkerPasses, type ShownPass } from './worker-passes.service';
import { IssueWorkerPassInput, IssueWorkerPassPayload, RevokeWorkerPassInput, RevokeWorkerPassPayload, WorkerPass } from './worker-passes.types';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

const toPass = (p: ShownPass): WorkerPass => ({ ...p, issuedAt: new Date(p.issuedAt), expiresAt: new Date(p.expiresAt) });

@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER')
export class WorkerPassesResolver {
  constructor(private readonly passes: WorkerPasses) {}

  @Mutation(() => IssueWorkerPassPayload, { description: "Issues a worker of your own party a personal pass for the gate, shown as a QR code. It works in every chain until it expires or is revoked." })
  async issueWorkerPass(@Args('input') input: IssueWorkerPassInput, @RequestContext() request: RequestCtx): Promise<IssueWorkerPassPayload> {
    const { result, pass, qrSvg } = await this.passes.issue(commandContext(request, input), { ...input, expiresAt: input.expiresAt ? input.expiresAt.toISOString() : null });
    return { ...payloadOf(result), pass: toPass(pass), qrSvg };
  }

  @Mutation(() => RevokeWorkerPassPayload, { description: 'Revokes a pass of a worker of your own party (lost, or the worker left): the gate refuses it from now on.' })
  async revokeWorkerPass(@Args('input') input: RevokeWorkerPassInput, @RequestContext() request: RequestCtx): Promise<RevokeWorkerPassPayload> {
    return payloadOf(await this.passes.revoke(commandContext(request, input), input));
  }

  @Query(() => [WorkerPass], { description: "The passes of a worker of your own party, newest first, revoked and expired ones too (to show one again, or revoke a lost one)." })
  async workerPasses(
    @Args('workerPartyId', { type: () => ID }) workerPartyId: string,
    @Args('workerId', { type: () => ID }) workerId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<WorkerPass[]> {
    return (await this.passes.passesOf(caller, workerPartyId, workerId)).map(toPass);
  }
}

/** The signed-in worker's own pass, and any pass shown as a QR code. */
@UseFilters(GraphqlExceptionFilter)
@Resolver(() => WorkerPass)
export class WorkerPassViewResolver {
  constructor(private readonly passes: WorkerPasses) {}

  @Query(() => WorkerPass, { nullable: true, description: "Your own pass, as a worker: the newest one that works now (null when your employer has issued none, or all were revoked or expired). Show its QR code at the gate." })
  @Roles('WORKER')
  async myWorkerPass(@CurrentCaller() caller: Caller): Promise<WorkerPass | null> {
    const pass = await this.passes.ownPass(caller);
    return pass ? toPass(pass) : null;
  }

  @ResolveField(() => String, { description: 'The pass as a QR code: an SVG document holding the token.' })
  @Roles('MANAGER', 'WORKER')
  qrSvg(@Parent() pass: WorkerPass): Promise<string> {
    return this.passes.qrSvg(pass.token);
  }
}
