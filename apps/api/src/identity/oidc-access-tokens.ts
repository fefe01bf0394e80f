import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { decodeJwt, errors, jwtVerify } from 'jose';
import type { Caller } from '@schakel/infrastructure';
import { unauthenticated } from '@schakel/application';
import { MembershipWrites } from './membership-writes';
import { OidcProviderClient, OidcUnavailableError } from './oidc-provider-client';
import { SessionCaller } from './session-caller';

/**
 * Access tokens of the company's provider, sent as `Authorization: Bearer`: verified with jose against
 * the provider's key set (issuer, audience, expiry), then mapped to the member its subject is linked to.
 */
@Injectable()
export class OidcAccessTokens {
  constructor(
    private readonly provider: OidcProviderClient,
    private readonly memberships: MembershipWrites,
    private readonly sessions: SessionCaller,
  ) {}

  /** Whether a bearer token claims to come from the configured provider (unverified: only to choose the verifier). */
  claimsProvider(token: string): boolean {
    const settings = this.provider.settings;
    if (!settings) return false;
    try {
      return decodeJwt(token).iss === settings.issuer;
    } catch {
      return false;
    }
  }

  async callerOf(token: string, req: Request): Promise<Caller> {
    const settings = this.provider.settings!;
    let subject: string;
    try {
      const { payload } = await jwtVerify(token, await this.provider.keys(), {
        issuer: settings.issuer,
        audience: settings.audience,
        requiredClaims: ['exp', 'sub'],
      });
      subject = payload.sub!;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('AUTH_TOKEN_INVALID', 'The access token has expired: ask your sign-in provider for a new one.');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') {
        throw unauthenticated('AUTH_TOKEN_INVALID', `The access token is not meant for Schakel (its audience is not ${settings.audience}).`);
      }
      if (error instanceof errors.JOSEError) throw unauthenticated('AUTH_TOKEN_INVALID', `The access token is not valid: ${error.message}`);
      if (error instanceof OidcUnavailableError) throw unauthenticated('AUTH_PROVIDER_UNREACHABLE', error.message);
      // fetch() fails with a TypeError when the provider cannot be reached
      if (error instanceof TypeError) throw unauthenticated('AUTH_PROVIDER_UNREACHABLE', `The sign-in provider's keys cannot be fetched: ${error.message}`);
      throw error;
    }
    const linked = await this.memberships.members.membershipsOfIdentity(settings.issuer, subject);
    if (linked.length === 0) {
      throw unauthenticated('AUTH_IDENTITY_UNKNOWN', 'This company account has not signed in to Schakel yet: sign in once in the browser (/auth/oidc/start), then use its tokens.');
    }
    return this.sessions.callerOfUser(linked[0].userId, linked[0].email, req, null);
  }
}
