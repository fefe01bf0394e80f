import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphqlContext } from './graphql-context';
import type { Caller } from '@schakel/infrastructure';
import type { CommandContext } from '../core/command-runner';
import { idempotencyKeyOf } from '../core/idempotency-key';

/** The authenticated caller (the AuthGuard has run). */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  return GqlExecutionContext.create(context).getContext<GraphqlContext>().caller!;
});

/** Caller, correlation id and idempotency key of the request, for a command. */
export const RequestContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'> => {
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<GraphqlContext>();
    const caller = ctx.caller!;
    const body = ctx.req.body ?? null;
    const request = { query: body?.query ?? null, operationName: body?.operationName ?? null, variables: body?.variables ?? null };
    return {
      caller,
      correlationId: ctx.req.correlationId,
      idempotencyKey: idempotencyKeyOf(ctx.req.header('idempotency-key'), caller, fieldPosition(gql.getInfo()), request),
    };
  },
);

/**
 * Where the field stands among the operation's top-level fields: tells apart two mutations of one
 * request under one key, while a different mutation sent later under the same key still meets the
 * first one's ids (and so is recognised as a reuse).
 */
function fieldPosition(info: GraphQLResolveInfo | undefined): string {
  if (!info) return '';
  const responseKey = String(info.path.key);
  const position = info.operation.selectionSet.selections.findIndex(
    (selection) => selection.kind === 'Field' && (selection.alias?.value ?? selection.name.value) === responseKey,
  );
  return position >= 0 ? String(position) : responseKey;
}
