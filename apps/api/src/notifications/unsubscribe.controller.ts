import { Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { noticeTriggers } from '@schakel/domain';
import { Public } from '../auth/public.decorator';
import { JWT_SECRET } from '../auth/auth.tokens';
import { escapeHtml } from './notice-mail';
import { NoticeOutbox } from './notice-outbox';
import { verifyUnsubscribe } from './unsubscribe-token';

const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;max-width:32em;margin:2em auto">${body}</body></html>`;
}

/**
 * GET/POST /notifications/unsubscribe?token=… — works without signing in. GET shows a button (mail
 * scanners that follow links turn nothing off); POST, or a mail client's one-click POST (RFC 8058),
 * turns that kind of message off for that member.
 */
@Controller('notifications')
export class UnsubscribeController {
  constructor(
    private readonly outbox: NoticeOutbox,
    @Inject(JWT_SECRET) private readonly secret: string,
  ) {}

  @Public()
  @Get('unsubscribe')
  show(@Query('token') token: unknown, @Res() res: Response): void {
    const claims = typeof token === 'string' ? verifyUnsubscribe(this.secret, token) : null;
    if (!claims || !(noticeTriggers as readonly string[]).includes(claims.trigger)) {
      res.status(400).set(PAGE_HEADERS).send(page('Schakel', '<p>Deze link is ongeldig. / This link is not valid.</p>'));
      return;
    }
    const form = `<form method="post" action="?token=${escapeHtml(encodeURIComponent(token as string))}"><button type="submit">Afmelden / Unsubscribe</button></form>`;
    res.status(200).set(PAGE_HEADERS).send(page('Schakel', `<p>Geen berichten van deze soort meer ontvangen?<br>Stop messages of this kind?</p>${form}`));
  }

  @Public()
  @Post('unsubscribe')
  async unsubscribe(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const claims = typeof token === 'string' ? verifyUnsubscribe(this.secret, token) : null;
    if (!claims || !(noticeTriggers as readonly string[]).includes(claims.trigger)) {
      res.status(400).set(PAGE_HEADERS).send(page('Schakel', '<p>Deze link is ongeldig. / This link is not valid.</p>'));
      return;
    }
    await this.outbox.deliveries.setMode(claims.partyId, claims.userId, claims.trigger, 'OFF', new Date().toISOString());
    res.status(200).set(PAGE_HEADERS).send(page('Schakel', '<p>U bent afgemeld. / You are unsubscribed.</p>'));
  }
}
