import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { normaliseEmail, DomainError } from '@schakel/domain';
import { type AppConfig, APP_CONFIG } from '@schakel/infrastructure';
import { unauthenticated } from '@schakel/application';
import { MembershipWrites } from './membership-writes';
import { SignInCodes } from './sign-in-codes';
import { SignInMailer } from './sign-in-mailer';
import { Sessions } from './sessions';

/** From an address to a session: codes by mail (or printed by the CLI), spent once, then a cookie. */
@Injectable()
export class SignInService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly codes: SignInCodes,
    private readonly mailer: SignInMailer,
    private readonly sessions: Sessions,
    private readonly memberships: MembershipWrites,
  ) {}

  linkFor(code: string): string {
    return `${this.config.publicUrl}/auth/sign-in?code=${code}`;
  }

  get secureCookies(): boolean {
    return this.config.publicUrl.startsWith('https:');
  }

  isAdmin(email: string): boolean {
    return this.config.adminEmails.includes(email);
  }

  /**
   * Issues and mails a link when the address belongs to someone (a member, invited or active, or an
   * ADMIN); answers nothing either way, so the caller learns nothing about who has an account.
   */
  async request(emailInput: string, requestedFrom: string): Promise<void> {
    let email: string;
    try {
      email = normaliseEmail(emailInput);
    } catch (error) {
      if (error instanceof DomainError) return;
      throw error;
    }
    const known = this.isAdmin(email) || (await this.memberships.members.membershipsOfEmail(email)).length > 0;
    if (!known) return;
    const code = await this.codes.issue(email, requestedFrom);
    if (code) this.mailer.sendLater(email, this.linkFor(code));
  }

  /** A link for an address (the invitation mail, `schakel invite`); null when rate-limited. */
  async issueLink(email: string, requestedFrom: string): Promise<string | null> {
    const code = await this.codes.issue(email, requestedFrom);
    return code ? this.linkFor(code) : null;
  }

  /** Spends the code, accepts the person's open invitations and opens a session. */
  async complete(code: string, userAgent: string | null, correlationId: string): Promise<{ sessionId: string; cookieSecret: string; expiresAt: Date; userId: string; email: string }> {
    const email = await this.codes.consume(code);
    const memberships = await this.memberships.members.membershipsOfEmail(email);
    const userId = memberships[0]?.userId ?? (this.isAdmin(email) ? adminUserId(email) : null);
    if (!userId) throw unauthenticated('SIGN_IN_NOT_A_MEMBER', 'This address is no longer a member of any party.');
    await this.memberships.acceptOpenInvitations(userId, memberships, correlationId);
    const session = await this.sessions.open(userId, email, userAgent);
    return { sessionId: session.id, cookieSecret: session.secret, expiresAt: session.expiresAt, userId, email };
  }
}

/** An installation ADMIN without a membership still needs a stable user id. */
export function adminUserId(email: string): string {
  return `admin-${createHash('sha256').update(email).digest('hex').slice(0, 24)}`;
}
