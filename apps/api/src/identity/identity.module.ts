import { Module } from '@nestjs/common';
import { RequestCaller } from '../auth/request-caller';
import { CoreModule } from '../core/core.module';
import { IdentityResolver } from './identity.resolver';
import { MembershipWrites } from './membership-writes';
import { OpenInvitations } from './open-invitations';
import { OidcAccessTokens } from './oidc-access-tokens';
import { OidcProviderClient } from './oidc-provider-client';
import { OidcSignInController } from './oidc-sign-in.controller';
import { OidcSignInService } from './oidc-sign-in.service';
import { SessionCaller } from './session-caller';
import { Sessions } from './sessions';
import { SignInCodes } from './sign-in-codes';
import { SignInController } from './sign-in.controller';
import { SignInMailer } from './sign-in-mailer';
import { SignInService } from './sign-in.service';

/** People: memberships of parties, sign-in by e-mailed link or the company's OpenID Connect provider, browser sessions. */
@Module({
  imports: [CoreModule],
  controllers: [SignInController, OidcSignInController],
  providers: [RequestCaller, IdentityResolver, MembershipWrites, OidcAccessTokens, OidcProviderClient, OidcSignInService, OpenInvitations, SessionCaller, Sessions, SignInCodes, SignInMailer, SignInService],
  exports: [RequestCaller, SessionCaller, SignInService, SignInMailer, MembershipWrites, OidcAccessTokens],
})
export class IdentityModule {}
