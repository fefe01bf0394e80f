import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { unauthenticated } from '@schakel/application';
import { OidcAccessTokens } from '../identity/oidc-access-tokens';
import { SessionCaller } from '../identity/session-caller';
import { sessionSecretOf } from '../identity/session-cookie';
import { JWT_SECRET } from './auth.tokens';
import { InvalidTokenError, verifyToken, type Caller } from '@schakel/infrastructure';

/** A request with the verification of its caller, once started (by the rate limit or the AuthGuard, whichever asks first). */
export type RequestWithCaller = Request & { callerPending?: Promise<Caller> };

/**
 * Who sends a request: a bearer token (an access token of the company's OpenID Connect provider, or a
 * development token), or a browser's session cookie
 * (with the CSRF checks). Verified once per HTTP request: the rate limit (to count the request
 * against its caller) and the AuthGuard (for every field of the query) await the same promise.
 */
@Injectable()
export class RequestCaller {
  constructor(
    @Inject(JWT_SECRET) private readonly secret: string,
    private readonly sessions: SessionCaller,
    private readonly oidcTokens: OidcAccessTokens,
  ) {}

  /** The request's caller, verified on the first call; a refusal (UNAUTHENTICATED, FORBIDDEN …) rejects. */
  of(req: RequestWithCaller): Promise<Caller> {
    return (req.callerPending ??= this.verify(req));
  }

  private async verify(req: Request): Promise<Caller> {
    const header = req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match) {
      if (this.oidcTokens.claimsProvider(match[1])) return this.oidcTokens.callerOf(match[1], req);
      try {
        return await verifyToken(this.secret, match[1]);
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated('AUTH_TOKEN_INVALID', error.message);
        throw error;
      }
    }
    const cookie = sessionSecretOf(req.header('cookie'));
    if (!header && cookie) {
      // A page a browser opens by following a link (the replay report) cannot send the CSRF header.
      if (isPageRequest(req)) this.sessions.assertSameSiteNavigation(req);
      else this.sessions.assertSameSite(req);
      return this.sessions.callerOf(cookie, req);
    }
    throw unauthenticated(
      'AUTH_TOKEN_MISSING',
      'Sign in (requestSignIn, then the link you are sent) or send a bearer token: Authorization: Bearer <token> (a development token: ./bin/schakel token --help).',
    );
  }
}

/** A GET of anything but the GraphQL endpoint: a page, opened by following a link. */
function isPageRequest(req: Request): boolean {
  return req.method === 'GET' && !req.path.startsWith('/graphql');
}
