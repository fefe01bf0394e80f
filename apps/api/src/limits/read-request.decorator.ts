import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Caller } from '@schakel/infrastructure';
import type { GraphqlContext } from '../auth/graphql-context';
import { RequestBudget, type RequestWithBudget } from './request-budget';

/** Who reads, within which HTTP request (aliases of one request share it), under which time budget. */
export type ReadRequest = {
  readonly caller: Caller;
  readonly correlationId: string;
  /** The HTTP request object: the identity of "one request" for reads recorded once per request. */
  readonly request: object;
  readonly budget: RequestBudget;
};

// Only reached when no middleware ran (never over HTTP): a budget that cannot pass.
const UNBOUNDED_MS = 2 ** 31;

export function readRequestOf(req: GraphqlContext['req'] & RequestWithBudget, caller: Caller): ReadRequest {
  return { caller, correlationId: req.correlationId, request: req, budget: req.budget ?? (req.budget = new RequestBudget(UNBOUNDED_MS)) };
}

/** The read's caller, request and budget (the AuthGuard has run). */
export const CurrentRead = createParamDecorator((_: unknown, context: ExecutionContext): ReadRequest => {
  const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
  return readRequestOf(ctx.req as GraphqlContext['req'] & RequestWithBudget, ctx.caller!);
});
