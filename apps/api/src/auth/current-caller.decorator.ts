import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from './graphql-context';
import type { Caller } from './caller';
import type { CommandContext } from '../core/command-runner';

/** The authenticated caller (the AuthGuard has run). */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>().caller!;
});

/** Caller, correlation id and idempotency key of the request, for a command. */
export const RequestContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'> => {
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    const key = ctx.req.header('idempotency-key');
    return {
      caller: ctx.caller!,
      correlationId: ctx.req.correlationId,
      idempotencyKey: key && /^[A-Za-z0-9._:-]{8,200}$/.test(key) ? key : null,
    };
  },
);
