import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import * as client from 'openid-client';
import { ApiError, ApiErrorCode } from '@schakel/application';
import { Public } from '../auth/public.decorator';
import { escapeHtml, page, signedInPage } from './html-page';
import { clearedPendingCookie, pendingCookie, pendingOf } from './oidc-pending-cookie';
import { OidcProviderClient, OidcUnavailableError } from './oidc-provider-client';
import { OidcSignInService } from './oidc-sign-in.service';
import { sessionCookie } from './session-cookie';
import { SignInService } from './sign-in.service';

const OPENID_CLIENT_ERRORS = [client.ClientError, client.AuthorizationResponseError, client.ResponseBodyError, client.WWWAuthenticateChallengeError];

/**
 * Sign-in with the company's OpenID Connect provider: /auth/oidc/start sends the browser there
 * (authorization code with PKCE, state and nonce); /auth/oidc/callback takes the answer, finds the
 * member and sets the same session cookie as a sign-in link. Every refusal is a page that says why.
 */
@Controller('auth/oidc')
export class OidcSignInController {
  constructor(
    private readonly provider: OidcProviderClient,
    private readonly oidcSignIn: OidcSignInService,
    private readonly signIn: SignInService,
  ) {}

  @Public()
  @Get('start')
  async start(@Res() res: Response): Promise<void> {
    if (!this.provider.settings) {
      this.refuse(res, 404, 'Company sign-in is not set up', 'This Schakel has no sign-in provider configured: use the sign-in link sent by e-mail.', 'OIDC_NOT_CONFIGURED');
      return;
    }
    try {
      const { url, pending } = await this.provider.start();
      res.append('Set-Cookie', pendingCookie(pending, this.signIn.secureCookies));
      res.redirect(303, url);
    } catch (error) {
      if (!(error instanceof OidcUnavailableError)) throw error;
      this.refuse(res, 503, 'Company sign-in is unavailable', error.message, 'OIDC_PROVIDER_UNREACHABLE');
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.append('Set-Cookie', clearedPendingCookie(this.signIn.secureCookies));
    const pending = pendingOf(req.header('cookie'));
    if (!this.provider.settings) {
      this.refuse(res, 404, 'Company sign-in is not set up', 'This Schakel has no sign-in provider configured.', 'OIDC_NOT_CONFIGURED');
      return;
    }
    if (!pending) {
      this.refuse(res, 400, 'Sign-in could not be completed', 'This sign-in was not started in this browser, or took longer than ten minutes: start again.', 'OIDC_STATE_MISSING');
      return;
    }
    try {
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const identity = await this.provider.complete(query, pending);
      const correlationId = (req as Request & { correlationId?: string }).correlationId ?? '';
      const done = await this.oidcSignIn.complete(identity, req.header('user-agent') ?? null, correlationId);
      res.append('Set-Cookie', sessionCookie(done.cookieSecret, done.expiresAt, this.signIn.secureCookies));
      res.status(200).type('html').send(signedInPage(done.email));
    } catch (error) {
      if (error instanceof ApiError && (error.code === ApiErrorCode.UNAUTHENTICATED || error.code === ApiErrorCode.FORBIDDEN)) {
        this.refuse(res, error.code === ApiErrorCode.FORBIDDEN ? 403 : 401, 'Sign-in refused', error.message, error.reason);
      } else if (error instanceof OidcUnavailableError) {
        this.refuse(res, 503, 'Company sign-in is unavailable', error.message, 'OIDC_PROVIDER_UNREACHABLE');
      } else if (OPENID_CLIENT_ERRORS.some((type) => error instanceof type)) {
        this.refuse(res, 401, 'Sign-in refused', `The sign-in provider's answer was not accepted: ${(error as Error).message}`, 'OIDC_SIGN_IN_FAILED');
      } else {
        throw error;
      }
    }
  }

  private refuse(res: Response, status: number, title: string, message: string, reason: string): void {
    res
      .status(status)
      .type('html')
      .set('content-security-policy', "default-src 'none'")
      .send(page(title, `<p>${escapeHtml(message)}</p><p>(${escapeHtml(reason)})</p><p><a href="/auth/oidc/start">Sign in again</a></p>`));
  }
}
