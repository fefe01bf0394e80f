import { Inject, Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Request } from 'express';
import { forbidden, unauthenticated } from '@schakel/application';
import { OidcAccessTokens } from '../identity/oidc-access-tokens';
import { SessionCaller } from '../identity/session-caller';
import { CSRF_HEADER, isPageRequest, PARTY_HEADER } from '../identity/session-caller';
import { sessionSecretOf } from '../identity/session-cookie';
import { JWT_SECRET } from './auth.tokens';
import { APP_CONFIG, InvalidTokenError, verifyToken, type AppConfig, type Caller } from '@schakel/infrastructure';

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionCaller,
    private readonly oidcTokens: OidcAccessTokens,
  ) {}

  /** The request's caller, verified on the first call; a refusal (UNAUTHENTICATED, FORBIDDEN …) rejects. */
  of(req: RequestWithCaller): Promise<Caller> {
    return (req.callerPending ??= this.verify(req));
  }

  /**
   * The caller of a WebSocket connection (live updates), verified anew on every call: a bearer token
   * and the party header come in the connection's `connectionParams`, the session cookie on the
   * upgrade request. A browser cannot set headers on a WebSocket, and any site may open one with the
   * cookie, so a cookie counts only when the upgrade names this site as its Origin (browsers always
   * send it and no page can change it): that check stands in for the CSRF header.
   */
  ofSocket(upgrade: IncomingMessage, params: Readonly<Record<string, unknown>>): Promise<Caller> {
    const param = (name: string): string | undefined => {
      const key = Object.keys(params).find((k) => k.toLowerCase() === name);
      const value = key === undefined ? undefined : params[key];
      return typeof value === 'string' ? value : undefined;
    };
    const raw = (name: string): string | undefined => {
      const value = upgrade.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const protocol = (upgrade.socket as TLSSocket).encrypted ? 'https' : 'http';
    const authorization = param('authorization');
    if (!authorization && sessionSecretOf(raw('cookie'))) {
      const origin = raw('origin');
      if (!origin) throw forbidden('CSRF_ORIGIN_MISSING', 'A live connection signed in with the session cookie must come from a page of Schakel (no Origin was sent).');
      if (origin !== new URL(this.config.publicUrl).origin && origin !== `${protocol}://${raw('host')}`) {
        throw forbidden('CSRF_ORIGIN_MISMATCH', `Live connections from ${origin} may not use the session cookie.`);
      }
    }
    const headers: Record<string, string | undefined> = {
      authorization,
      [PARTY_HEADER]: param(PARTY_HEADER),
      [CSRF_HEADER]: '1',
      cookie: authorization ? undefined : raw('cookie'),
      origin: raw('origin'),
      host: raw('host'),
      'user-agent': raw('user-agent'),
    };
    const req = { method: 'GET', path: '/graphql', protocol, ip: upgrade.socket.remoteAddress, header: (name: string) => headers[name.toLowerCase()], headers };
    return this.verify(req as unknown as Request);
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
