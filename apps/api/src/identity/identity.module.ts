import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { IdentityResolver } from './identity.resolver';
import { MembershipWrites } from './membership-writes';
import { SessionCaller } from './session-caller';
import { Sessions } from './sessions';
import { SignInCodes } from './sign-in-codes';
import { SignInController } from './sign-in.controller';
import { SignInMailer } from './sign-in-mailer';
import { SignInService } from './sign-in.service';

/** People: memberships of parties, sign-in by e-mailed link, browser sessions. */
@Module({
  imports: [CoreModule],
  controllers: [SignInController],
  providers: [IdentityResolver, MembershipWrites, SessionCaller, Sessions, SignInCodes, SignInMailer, SignInService],
  exports: [SessionCaller, SignInService, MembershipWrites],
})
export class IdentityModule {}
