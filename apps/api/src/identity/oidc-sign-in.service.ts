import { Injectable } from '@nestjs/common';
import { normaliseEmail, DomainError } from '@schakel/domain';
import type { MemberView } from '@schakel/read-models';
import { forbidden, unauthenticated } from '@schakel/application';
import { MembershipWrites } from './membership-writes';
import type { OidcIdentity } from './oidc-provider-client';
import { Sessions } from './sessions';
import { adminUserId, SignInService } from './sign-in.service';

/**
 * From the company provider's word about a person to a Schakel session. The first sign-in finds the
 * member by e-mail address and binds the provider's subject to each of their memberships
 * (MemberIdentityLinked); later sign-ins find them by that subject, whatever address the provider
 * then reports. An address no party invited is refused, and nothing is written.
 */
@Injectable()
export class OidcSignInService {
  constructor(
    private readonly memberships: MembershipWrites,
    private readonly sessions: Sessions,
    private readonly signIn: SignInService,
  ) {}

  async complete(identity: OidcIdentity, userAgent: string | null, correlationId: string): Promise<{ cookieSecret: string; expiresAt: Date; email: string }> {
    const members = this.memberships.members;
    const bound = await members.membershipsOfIdentity(identity.issuer, identity.subject);
    let userId = bound[0]?.userId ?? null;
    let memberships: MemberView[];
    let email: string;
    if (userId) {
      memberships = await members.membershipsOfUser(userId);
      email = memberships[0].email;
    } else {
      email = this.addressOf(identity);
      memberships = await members.membershipsOfEmail(email);
      userId = memberships[0]?.userId ?? null;
      if (!userId) {
        if (!this.signIn.isAdmin(email)) {
          throw forbidden('OIDC_NOT_A_MEMBER', `No party has invited ${email}. Ask a manager of your firm to invite this address, then sign in again.`);
        }
        const session = await this.sessions.open(adminUserId(email), email, userAgent);
        return { cookieSecret: session.secret, expiresAt: session.expiresAt, email };
      }
      if (memberships.some((m) => m.identitySubject !== null)) {
        throw forbidden('OIDC_IDENTITY_MISMATCH', `${email} is already linked to another company account; sign in with that account, or ask a manager.`);
      }
    }
    await this.memberships.linkIdentity(userId, memberships, identity, correlationId);
    await this.memberships.acceptOpenInvitations(userId, memberships, correlationId);
    const session = await this.sessions.open(userId, email, userAgent);
    return { cookieSecret: session.secret, expiresAt: session.expiresAt, email };
  }

  private addressOf(identity: OidcIdentity): string {
    if (!identity.email) throw unauthenticated('OIDC_EMAIL_MISSING', 'Your company sign-in did not say your e-mail address, so Schakel cannot tell which member you are.');
    if (!identity.emailVerified) throw unauthenticated('OIDC_EMAIL_NOT_VERIFIED', `Your company sign-in says ${identity.email} is not verified.`);
    try {
      return normaliseEmail(identity.email);
    } catch (error) {
      if (error instanceof DomainError) throw unauthenticated('OIDC_EMAIL_MISSING', `Your company sign-in gave ${identity.email}, which is not an e-mail address.`);
      throw error;
    }
  }
}
