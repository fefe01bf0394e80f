import { UseFilters } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequestContext } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import type { CommandContext } from '../core/command-runner';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { commandContext, payloadOf } from '../graphql/command-io';
import { CorrectiveActionCommand, type CorrectiveActionRequest } from './corrective-action.command';
import {
  AssignCorrectiveActionInput,
  CommentOnCorrectiveActionInput,
  CompleteCorrectiveActionInput,
  AssignCorrectiveActionPayload,
  CommentOnCorrectiveActionPayload,
  CompleteCorrectiveActionPayload,
  ReopenCorrectiveActionPayload,
  VerifyCorrectiveActionPayload,
  type CorrectiveActionPayload,
  ReopenCorrectiveActionInput,
  VerifyCorrectiveActionInput,
} from './corrective-action.inputs';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

/** Follow-up: who was asked to fix what, by when, and whether they did. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
@Roles('MANAGER')
export class CorrectiveActionMutationsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  private async run(request: CorrectiveActionRequest, ctx: RequestCtx): Promise<CorrectiveActionPayload> {
    const result = await this.commandBus.execute(new CorrectiveActionCommand(request, commandContext(ctx, request.input)));
    return { ...payloadOf(result), actionId: result.actionId };
  }

  @Mutation(() => AssignCorrectiveActionPayload, { description: 'Assigns a corrective action on a finding, an incident or a coordinator direction to a party at or below yours (by default the duty bearer), due by a moment.' })
  assignCorrectiveAction(@Args('input') input: AssignCorrectiveActionInput, @RequestContext() ctx: RequestCtx): Promise<AssignCorrectiveActionPayload> {
    return this.run({ kind: 'assign', input }, ctx);
  }

  @Mutation(() => CommentOnCorrectiveActionPayload, { description: "Adds a plain-text comment to an action's thread (the assigning or the assigned party)." })
  commentOnCorrectiveAction(@Args('input') input: CommentOnCorrectiveActionInput, @RequestContext() ctx: RequestCtx): Promise<CommentOnCorrectiveActionPayload> {
    return this.run({ kind: 'comment', input }, ctx);
  }

  @Mutation(() => CompleteCorrectiveActionPayload, { description: 'The assigned party completes an open action, with evidence by hash.' })
  completeCorrectiveAction(@Args('input') input: CompleteCorrectiveActionInput, @RequestContext() ctx: RequestCtx): Promise<CompleteCorrectiveActionPayload> {
    return this.run({ kind: 'complete', input }, ctx);
  }

  @Mutation(() => VerifyCorrectiveActionPayload, { description: 'The assigning party verifies a completed action.' })
  verifyCorrectiveAction(@Args('input') input: VerifyCorrectiveActionInput, @RequestContext() ctx: RequestCtx): Promise<VerifyCorrectiveActionPayload> {
    return this.run({ kind: 'verify', input }, ctx);
  }

  @Mutation(() => ReopenCorrectiveActionPayload, { description: 'The assigning party reopens a completed (or verified) action, with a reason.' })
  reopenCorrectiveAction(@Args('input') input: ReopenCorrectiveActionInput, @RequestContext() ctx: RequestCtx): Promise<ReopenCorrectiveActionPayload> {
    return this.run({ kind: 'reopen', input }, ctx);
  }
}
