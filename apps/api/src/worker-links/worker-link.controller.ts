import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { isDomainError } from '@schakel/domain';
import { uuidv7 } from '@schakel/event-store';
import type { Request, Response } from 'express';
import { LinkRateLimit } from './link-rate-limit';
import { renderDonePage, renderErrorPage, renderInstructionPage } from './link-page.html';
import { pageLanguageOf, type LinkErrorReason, type PageLanguage } from './link-page-texts';
import { LinkRefused, linkRefusal } from './link-refused';
import { formNonce, formNonceValid } from './link-token';
import { LINK_SECRET, WorkerLinks, type OpenLink } from './worker-links.service';

/** A page's form may be posted for an hour after it was served. */
const FORM_MAX_AGE_MS = 3_600_000;

const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  // self-contained: no script, no outside resource, posts only to itself, never framed
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

/**
 * GET/POST /w/:token — a worker's personal link: no account, no bearer token. The page shows the
 * one instruction version and the worker's first name; posting it records the worker's own act.
 */
@Controller('w')
export class WorkerLinkController {
  constructor(
    private readonly links: WorkerLinks,
    private readonly limits: LinkRateLimit,
    @Inject(LINK_SECRET) private readonly secret: string,
  ) {}

  @Get(':token')
  async show(@Param('token') token: string, @Query('lang') lang: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const uiHint = pageLanguageOf([typeof lang === 'string' ? lang : null, ...req.acceptsLanguages()]);
    try {
      this.limit(req, token);
      const link = await this.links.open(token);
      this.sendPage(res, 200, token, link, typeof lang === 'string' ? lang : null, null);
    } catch (error) {
      this.refuse(req, res, error, uiHint);
    }
  }

  @Post(':token')
  async acknowledge(@Param('token') token: string, @Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const language = typeof form.language === 'string' ? form.language.trim().toLowerCase() : '';
    const uiHint = pageLanguageOf([language, ...req.acceptsLanguages()]);
    let link: OpenLink | null = null;
    try {
      this.limit(req, token);
      link = await this.links.open(token);
      if (!formNonceValid(this.secret, link.claims.linkId, form.nonce, Date.now(), FORM_MAX_AGE_MS)) throw new LinkRefused('LINK_FORM_EXPIRED');
      if (!link.content.some((c) => c.language === language)) throw new LinkRefused('LINK_LANGUAGE_INVALID');
      // the domain would record it as not understood (record, then flag); the worker is here to pick another
      if (!link.workerLanguages.includes(language)) throw new LinkRefused('LINK_LANGUAGE_NOT_READ');
      if (form.confirm !== 'yes') throw new LinkRefused('LINK_NOT_CONFIRMED');
      const correlationId = (req as Request & { correlationId?: string }).correlationId ?? uuidv7();
      await this.links.acknowledge(link, language, req.header('user-agent') ?? null, correlationId);
      const lang = pageLanguageOf([language, ...link.workerLanguages]);
      if (wantsJson(req)) {
        res.status(201).json({ acknowledged: true, version: link.claims.version, language, channel: 'LINK' });
      } else {
        res.status(201).set(PAGE_HEADERS).send(renderDonePage(lang, link.firstName));
      }
    } catch (error) {
      // a mistake the worker can put right is shown on the page itself, with the form again
      const fixable: LinkErrorReason[] = ['LINK_NOT_CONFIRMED', 'LINK_LANGUAGE_NOT_READ', 'LINK_LANGUAGE_INVALID'];
      if (link && error instanceof LinkRefused && fixable.includes(error.reason) && !wantsJson(req)) {
        this.sendPage(res, linkRefusal[error.reason].status, token, link, language, error.reason);
        return;
      }
      this.refuse(req, res, error, uiHint);
    }
  }

  private limit(req: Request, token: string): void {
    if (!this.limits.allow(req.ip ?? 'unknown', token.slice(0, 80))) throw new LinkRefused('LINK_RATE_LIMITED');
  }

  private sendPage(res: Response, status: number, token: string, link: OpenLink, wanted: string | null, problem: LinkErrorReason | null): void {
    const languages = link.content.map((c) => c.language);
    // the language asked for, else the first the worker reads, else the first there is
    const shownLanguage = [wanted, ...link.workerLanguages].find((l) => l !== null && languages.includes(l)) ?? languages[0];
    const shown = link.content.find((c) => c.language === shownLanguage) ?? link.content[0];
    const pageLanguage: PageLanguage = pageLanguageOf([shown.language, ...link.workerLanguages]);
    const html = renderInstructionPage({
      pageLanguage,
      firstName: link.firstName,
      languages,
      shown: { language: shown.language, title: shown.title, body: shown.body },
      // relative to /w/: the forms go back to exactly this link
      action: encodeURIComponent(token),
      nonce: formNonce(this.secret, link.claims.linkId, Date.now()),
      problem,
    });
    res.status(status).set(PAGE_HEADERS).send(html);
  }

  private refuse(req: Request, res: Response, error: unknown, lang: PageLanguage): void {
    let reason: LinkErrorReason;
    if (error instanceof LinkRefused) reason = error.reason;
    else if (isDomainError(error)) reason = 'LINK_INVALID';
    else throw error;
    const refusal = linkRefusal[reason];
    if (reason === 'LINK_RATE_LIMITED') res.set('retry-after', '60');
    if (wantsJson(req)) {
      res.status(refusal.status).set('cache-control', 'no-store').json({ code: refusal.code, reason, message: refusal.message });
      return;
    }
    res.status(refusal.status).set(PAGE_HEADERS).send(renderErrorPage(lang, reason));
  }
}

function wantsJson(req: Request): boolean {
  return req.accepts(['html', 'json']) === 'json';
}
