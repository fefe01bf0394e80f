import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphqlContext } from './graphql-context';
import { IS_PUBLIC } from './public.decorator';
import { RequestCaller } from './request-caller';

/**
 * Every resolver needs a caller unless marked @Public(): a bearer token or a browser's session
 * cookie (RequestCaller). The caller goes into the context.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly callers: RequestCaller,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (ctx.caller) return true;
    // one verification per request, however many fields ask (and they resume together), shared
    // with the rate limit that may have started it
    ctx.caller = await this.callers.of(ctx.req);
    return true;
  }
}
