import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { type AppConfig, APP_CONFIG, type Caller, type Role } from '@schakel/infrastructure';
import { ApiError, ApiErrorCode, forbidden, unauthenticated } from '@schakel/application';
import { MembershipWrites } from './membership-writes';
import { Sessions } from './sessions';

export const PARTY_HEADER = 'x-schakel-party';
export const CSRF_HEADER = 'x-schakel-csrf';

/**
 * The caller of a cookie-authenticated request: the session's person, acting for one of the parties
 * they are an active member of now (read per request, so a removed member is refused at once).
 */
@Injectable()
export class SessionCaller {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: Sessions,
    private readonly memberships: MembershipWrites,
  ) {}

  /**
   * A browser sends cookies with requests other sites make; such a request cannot set a custom
   * header without a CORS preflight (which this API never grants), and names its origin.
   */
  assertSameSite(req: Request): void {
    if (!req.header(CSRF_HEADER)) {
      throw forbidden('CSRF_HEADER_MISSING', `A request signed in with the session cookie must send the header ${CSRF_HEADER}: 1.`);
    }
    const origin = req.header('origin');
    if (origin && origin !== new URL(this.config.publicUrl).origin && origin !== `${req.protocol}://${req.header('host')}`) {
      throw forbidden('CSRF_ORIGIN_MISMATCH', `Requests from ${origin} may not use the session cookie.`);
    }
  }

  /**
   * A page opened with the cookie: browsers say where a navigation came from (Sec-Fetch-Site); one
   * started by another site is refused, so no other site can make an inspector's browser record reads.
   */
  assertSameSiteNavigation(req: Request): void {
    const site = req.header('sec-fetch-site');
    if (site === 'cross-site') throw forbidden('CSRF_CROSS_SITE', 'A page opened from another site may not use the session cookie: open it from Schakel itself.');
    const origin = req.header('origin');
    if (origin && origin !== new URL(this.config.publicUrl).origin && origin !== `${req.protocol}://${req.header('host')}`) {
      throw forbidden('CSRF_ORIGIN_MISMATCH', `Requests from ${origin} may not use the session cookie.`);
    }
  }

  async callerOf(secret: string, req: Request): Promise<Caller> {
    const session = await this.sessions.bySecret(secret);
    if (!session) throw unauthenticated('AUTH_SESSION_INVALID', 'The session has ended or was revoked: sign in again (requestSignIn).');
    return this.callerOfUser(session.userId, session.email, req, session.id);
  }

  /**
   * A signed-in person (by session, or by the company provider's access token) acting for one of
   * their active memberships: the one the party header (or a page's `party` parameter) names, the
   * only one, or ADMIN.
   */
  async callerOfUser(userId: string, email: string | null, req: Request, sessionId: string | null): Promise<Caller> {
    const active = (await this.memberships.members.membershipsOfUser(userId)).filter((m) => m.status === 'ACTIVE');
    const wanted = partyNamedBy(req);
    const isAdmin = email !== null && this.config.adminEmails.includes(email);
    const base = { userId, sessionId };
    if (wanted) {
      const member = active.find((m) => m.partyId === wanted);
      if (!member) throw forbidden('AUTH_PARTY_NOT_MEMBER', `You are not an active member of party ${wanted}.`);
      return { ...base, partyId: member.partyId, role: member.role as Role, workerId: member.workerId };
    }
    if (isAdmin) return { ...base, partyId: null, role: 'ADMIN', workerId: null };
    if (active.length === 1) return { ...base, partyId: active[0].partyId, role: active[0].role as Role, workerId: active[0].workerId };
    if (active.length === 0) throw forbidden('AUTH_NOT_A_MEMBER', 'You are no longer a member of any party.');
    throw new ApiError(
      ApiErrorCode.BAD_USER_INPUT,
      'AUTH_PARTY_REQUIRED',
      `You are a member of ${active.length} parties: name the one you act for in the header ${PARTY_HEADER}.`,
      { parties: active.map((m) => m.partyId) },
    );
  }
}

/** A GET of anything but the GraphQL endpoint: a page, opened by following a link. */
export function isPageRequest(req: Request): boolean {
  return req.method === 'GET' && !req.path.startsWith('/graphql');
}

/**
 * The party a request names: the header, or for a page the query parameter `party` (a link cannot
 * carry a header, so the app puts the chosen party in the links it opens: the toolbox sheet, the
 * report). Either only chooses among the person's own active memberships.
 */
function partyNamedBy(req: Request): string | undefined {
  const header = req.header(PARTY_HEADER)?.trim();
  if (header) return header.toLowerCase();
  const param = isPageRequest(req) ? (req.query as Record<string, unknown> | undefined)?.party : undefined;
  return typeof param === 'string' && param.trim() ? param.trim().toLowerCase() : undefined;
}
