import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '@schakel/application';
import { SessionCaller } from '../identity/session-caller';
import { sessionSecretOf } from '../identity/session-cookie';
import { InvalidTokenError, verifyToken, type Caller } from '@schakel/infrastructure';
import type { GraphqlContext } from './graphql-context';
import { JWT_SECRET } from './auth.tokens';
import { IS_PUBLIC } from './public.decorator';

/**
 * Every resolver needs a caller unless marked @Public(): a bearer token (API clients, development),
 * or a browser's session cookie (with the CSRF checks). The caller goes into the context.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(JWT_SECRET) private readonly secret: string,
    private readonly reflector: Reflector,
    private readonly sessions: SessionCaller,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (ctx.caller) return true;
    // one verification per request, however many fields ask (and they resume together)
    ctx.caller = await (ctx.callerPending ??= this.callerOf(ctx));
    return true;
  }

  private async callerOf(ctx: GraphqlContext): Promise<Caller> {
    const header = ctx.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match) {
      try {
        return await verifyToken(this.secret, match[1]);
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated('AUTH_TOKEN_INVALID', error.message);
        throw error;
      }
    }
    const cookie = sessionSecretOf(ctx.req.header('cookie'));
    if (!header && cookie) {
      this.sessions.assertSameSite(ctx.req);
      return this.sessions.callerOf(cookie, ctx.req);
    }
    throw unauthenticated(
      'AUTH_TOKEN_MISSING',
      'Sign in (requestSignIn, then the link you are sent) or send a bearer token: Authorization: Bearer <token> (a development token: ./bin/schakel token --help).',
    );
  }
}
