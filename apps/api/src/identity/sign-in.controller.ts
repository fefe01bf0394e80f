import { Body, Controller, Get, Header, HttpException, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError, ApiErrorCode } from '@schakel/application';
import { Public } from '../auth/public.decorator';
import { SignInService } from './sign-in.service';
import { sessionCookie } from './session-cookie';
import { escapeHtml as escape, page, signedInPage } from './html-page';


/**
 * GET /auth/sign-in?code=… shows a button; only its POST spends the code. Mail scanners that fetch
 * every link therefore cannot use up a person's single-use code.
 */
@Controller('auth')
export class SignInController {
  constructor(private readonly signIn: SignInService) {}

  @Public()
  @Get('sign-in')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
  @Header('referrer-policy', 'no-referrer')
  form(@Query('code') code: string | undefined): string {
    return page('Sign in to Schakel', `<form method="post" action="sign-in"><input type="hidden" name="code" value="${escape(String(code ?? ''))}"><button type="submit">Sign in</button></form>`);
  }

  @Public()
  @Post('sign-in')
  async complete(@Body() body: { code?: unknown } | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const origin = req.header('origin');
    // Login CSRF: another site must not sign this browser in as someone else.
    if (origin && origin !== 'null' && origin !== `${req.protocol}://${req.header('host')}` && origin !== new URL(this.signIn.linkFor('x')).origin) {
      throw new HttpException({ code: 'FORBIDDEN', reason: 'CSRF_ORIGIN_MISMATCH', message: `Sign-in from ${origin} is refused.` }, HttpStatus.FORBIDDEN);
    }
    try {
      const done = await this.signIn.complete(String(body?.code ?? ''), req.header('user-agent') ?? null, (req as Request & { correlationId?: string }).correlationId ?? '');
      res.append('Set-Cookie', sessionCookie(done.cookieSecret, done.expiresAt, this.signIn.secureCookies));
      res.status(200).type('html').send(signedInPage(done.email));
    } catch (error) {
      if (error instanceof ApiError && error.code === ApiErrorCode.UNAUTHENTICATED) {
        res.status(401).type('html').send(page('Sign-in failed', `<p>${escape(error.message)}</p><p>(${error.reason})</p>`));
        return;
      }
      throw error;
    }
  }
}
