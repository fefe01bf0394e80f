import type { DataSource } from 'typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { EventStore } from '@schakel/event-store';
import type { AppConfig } from '@schakel/infrastructure';
import { acknowledgementGaps, noticeSubjectOf, type NoticeDeliveries, type NoticeDeliveryRow, type WorkQueue } from '@schakel/read-models';
import type { WorkerLinks } from '../worker-links/worker-links.service';
import type { FindingWatch } from './finding-watch';
import { noticeFacts } from './notice-facts';
import { nextDigestAt } from './digest-time';
import { digestMail, noticeMail, type NoticeTriggerText } from './notice-mail';
import { recordNotice } from './notice-record';
import { noticeLanguage, type NoticeFacts, type NoticeLanguage } from './notice-texts';
import { signUnsubscribe } from './unsubscribe-token';
import { WebhookAddressRefused } from './webhook-address';
import { postWebhook } from './webhook-post';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';

/** What one attempt came to. */
type Outcome = { kind: 'sent' } | { kind: 'off'; why: string } | { kind: 'withdrawn'; why: string } | { kind: 'digest' } | { kind: 'failed'; reason: string } | { kind: 'retry'; reason: string };

const MAX_BACKOFF_MS = 6 * 3600_000;

/**
 * Sends one due delivery by its channel and records what became of it: SENT or FAILED in the log
 * (then in the row), a retry with exponential backoff and jitter, or OFF by the member's choice.
 * Recording follows sending: a crash in between sends again, never loses a message.
 */
export class NoticeSender {
  private readonly transport: Transporter | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly deliveries: NoticeDeliveries,
    private readonly queue: WorkQueue,
    private readonly config: AppConfig,
    private readonly workerLinks: WorkerLinks,
    private readonly unsubscribeSecret: string,
    private readonly findings: FindingWatch,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  async deliver(row: NoticeDeliveryRow): Promise<void> {
    const outcome = await this.attempt(row).catch((error: unknown): Outcome => ({ kind: 'retry', reason: messageOf(error) }));
    await this.conclude(row, outcome);
  }

  /**
   * When a message goes out in its member's daily digest: the first digest at or after the time it
   * was due; null when the member takes it as it comes (or it is not an e-mail).
   */
  async digestTimeOf(row: NoticeDeliveryRow): Promise<string | null> {
    if (row.channel !== 'EMAIL' || !row.userId || !this.transport) return null;
    if ((await this.deliveries.mode(row.partyId, row.userId, row.trigger)) !== 'DAILY_DIGEST') return null;
    return nextDigestAt(Date.parse(row.nextAttemptAt) - 1, this.config.notifications.digestHour);
  }

  /** Puts a message aside for its member's digest at `at`. */
  async waitForDigest(row: NoticeDeliveryRow, at: string): Promise<void> {
    await this.queue.run(() => this.deliveries.toDigest(row.id, at));
  }

  /** One mail for several due messages to one member who takes them as a daily digest; each is recorded. */
  async deliverDigest(rows: readonly NoticeDeliveryRow[]): Promise<void> {
    const wanted: NoticeDeliveryRow[] = [];
    for (const row of rows) {
      if (!this.transport) await this.conclude(row, { kind: 'off', why: 'no SMTP_URL configured' });
      else if (row.userId && (await this.deliveries.mode(row.partyId, row.userId, row.trigger)) === 'OFF') await this.conclude(row, { kind: 'off', why: 'member turned it off' });
      else wanted.push(row);
    }
    if (wanted.length === 0 || !this.transport) return;
    const language = noticeLanguage(wanted[0].language);
    // reminders and findings are weighed when they go out, in the digest as alone: what is no longer
    // missing or open is withdrawn and left out
    const items = [];
    const told: NoticeDeliveryRow[] = [];
    for (const row of wanted) {
      const facts = await this.factsFor(row, language);
      if ('kind' in facts) {
        await this.conclude(row, facts);
        continue;
      }
      items.push({ subject: noticeMail(row.trigger as NoticeTriggerText, language, facts, '', null).subject, link: await this.linkOf(row) });
      told.push(row);
    }
    if (told.length === 0) return;
    const unsubscribes = [...new Set(told.map((r) => r.trigger))].map((trigger) => ({ trigger, url: this.unsubscribeUrl(told[0].partyId, told[0].userId as string, trigger) }));
    const mail = digestMail(language, items, unsubscribes);
    const outcome = await this.send(told[0].address, mail, told.map((r) => r.id).join(','), null);
    for (const row of told) await this.conclude(row, outcome);
  }

  private async conclude(row: NoticeDeliveryRow, outcome: Outcome): Promise<void> {
    const now = new Date();
    const at = now.toISOString();
    const attempts = row.attempts + 1;
    switch (outcome.kind) {
      case 'off':
        await this.queue.run(() => this.deliveries.markOff(row.id));
        return;
      case 'withdrawn':
        await this.queue.run(() => this.deliveries.markWithdrawn(row.id, outcome.why));
        return;
      case 'digest':
        await this.queue.run(() => this.deliveries.toDigest(row.id, nextDigestAt(now.getTime(), this.config.notifications.digestHour)));
        return;
      case 'sent':
        await recordNotice(this.store, row, { sent: true }, attempts, at);
        await this.queue.run(() => this.deliveries.markSent(row.id, at, attempts));
        return;
      case 'failed':
        await recordNotice(this.store, row, { sent: false, reason: outcome.reason }, attempts, at);
        await this.queue.run(() => this.deliveries.markFailed(row.id, attempts, outcome.reason));
        return;
      case 'retry': {
        const first = row.firstAttemptAt ?? at;
        const { retryHours, retryBaseMs } = this.config.notifications;
        if (now.getTime() - Date.parse(first) >= retryHours * 3600_000) {
          const reason = `gave up after ${attempts} attempts in ${retryHours} h: ${outcome.reason}`;
          await recordNotice(this.store, row, { sent: false, reason }, attempts, at);
          await this.queue.run(() => this.deliveries.markFailed(row.id, attempts, reason));
          return;
        }
        // exponential, capped, with jitter (half to all of the step) so failing receivers are not hit in step
        const step = Math.min(MAX_BACKOFF_MS, retryBaseMs * 2 ** Math.min(attempts - 1, 30));
        const next = new Date(now.getTime() + step / 2 + Math.random() * (step / 2)).toISOString();
        await this.queue.run(() => this.deliveries.retryLater(row.id, attempts, first, next, outcome.reason));
        return;
      }
    }
  }

  private attempt(row: NoticeDeliveryRow): Promise<Outcome> {
    return row.channel === 'WEBHOOK' ? this.postWebhook(row) : this.sendMail(row);
  }

  private async sendMail(row: NoticeDeliveryRow): Promise<Outcome> {
    if (!this.transport) return { kind: 'off', why: 'no SMTP_URL configured' };
    const mode = row.userId ? await this.deliveries.mode(row.partyId, row.userId, row.trigger) : 'IMMEDIATE';
    if (mode === 'OFF') return { kind: 'off', why: 'member turned it off' };
    if (mode === 'DAILY_DIGEST' && !row.digest) return { kind: 'digest' };
    const language = noticeLanguage(row.language);
    const facts = await this.factsFor(row, language);
    if ('kind' in facts) return facts;
    const link = await this.linkOf(row);
    const unsubscribe = row.userId ? this.unsubscribeUrl(row.partyId, row.userId, row.trigger) : null;
    return this.send(row.address, noticeMail(row.trigger as NoticeTriggerText, language, facts, link, unsubscribe), row.id, unsubscribe);
  }

  /**
   * The facts of a message in the reader's language, weighed now where it is a reminder or a
   * finding: an outcome (withdrawn) when there is nothing left to tell.
   */
  private async factsFor(row: NoticeDeliveryRow, language: NoticeLanguage): Promise<NoticeFacts | Outcome> {
    const view = await noticeSubjectOf(this.dataSource, row);
    const facts = noticeFacts(view, row, language, this.config.compliancePolicy.directReportHours);
    if (row.trigger === 'ACKNOWLEDGEMENTS_DUE') {
      const gaps = await this.startGaps(row, language);
      if (typeof gaps !== 'string') return gaps;
      facts.gaps = gaps;
    }
    if (row.trigger === 'FINDING_AROSE' || row.trigger === 'FINDING_DEADLINE_NEAR') {
      const weighed = await this.findings.stillToTell(row, Date.now());
      if ('withdrawn' in weighed) return { kind: 'withdrawn', why: weighed.withdrawn };
      const names = weighed.facts.names ?? {};
      facts.rule = weighed.finding.title;
      facts.basis = weighed.finding.basis.article;
      // by name; a party whose name the log does not give is the party told (never its id)
      facts.dutyBearers = [...new Set(weighed.finding.partyIds.map((id) => names[id] ?? (id === row.partyId ? facts.partyName : '')).filter((n) => n !== ''))].join(', ') || facts.partyName;
    }
    return facts;
  }

  /**
   * A start reminder is weighed when it is due: who of the party (or this worker) has yet to
   * acknowledge what, in the reader's words; withdrawn when nothing is missing, or when the reminder
   * two days before comes so late that the one on the day replaces it.
   */
  private async startGaps(row: NoticeDeliveryRow, language: string): Promise<string | Outcome> {
    const start = Date.parse(row.deadline ?? '');
    if (Date.parse(row.nextAttemptAt) < start && Date.now() >= start) {
      return { kind: 'withdrawn', why: 'the reminder on the day replaces it' };
    }
    const gaps = (await acknowledgementGaps(this.dataSource, row.chainId ?? '', row.partyId)).filter((g) => !row.workerId || g.workerId === row.workerId);
    if (gaps.length === 0) return { kind: 'withdrawn', why: 'every worker had acknowledged the current versions' };
    const titleOf = (g: (typeof gaps)[number]) => (g.titles.find((t) => t.language === language) ?? g.titles[0])?.title ?? '';
    if (row.workerId) return [...new Set(gaps.map(titleOf))].join(', ');
    return gaps.map((g) => `${g.workerName}: ${titleOf(g)}`).join('; ');
  }

  private unsubscribeUrl(partyId: string, userId: string, trigger: string): string {
    return `${this.config.publicUrl}/notifications/unsubscribe?token=${signUnsubscribe(this.unsubscribeSecret, { partyId, userId, trigger })}`;
  }

  private async send(to: string, mail: { subject: string; text: string; html: string }, deliveryIds: string, unsubscribe: string | null): Promise<Outcome> {
    if (!this.transport) return { kind: 'off', why: 'no SMTP_URL configured' };
    try {
      const info = await this.transport.sendMail({
        from: this.config.smtpFrom,
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: {
          'X-Schakel-Delivery': deliveryIds,
          ...(unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
        },
      });
      if (info.rejected.length > 0) return { kind: 'failed', reason: `rejected by the mail server: ${String(info.response ?? '')}`.trim() };
      return { kind: 'sent' };
    } catch (error) {
      // 5xx: the server refused the recipient for good (a bounce); anything else may pass later
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) return { kind: 'failed', reason: `bounced (${code}): ${messageOf(error)}` };
      return { kind: 'retry', reason: messageOf(error) };
    }
  }

  private async linkOf(row: NoticeDeliveryRow): Promise<string> {
    const base = this.config.publicUrl;
    // The web app's own routes (apps/web/src/app.tsx): the page where the reader acts on the message.
    if (!row.chainId) return `${base}/`;
    if (row.trigger === 'WORKER_LINK' && row.batchId && row.workerId && row.instructionId && row.version && row.deadline) {
      const [link] = await this.workerLinks.tokensOf(row.chainId, row.batchId, row.instructionId, row.version, [
        { workerId: row.workerId, workerPartyId: row.partyId, expiresAt: row.deadline },
      ]);
      return link.url;
    }
    if (row.trigger === 'ACTION_ASSIGNED') return `${base}/chains/${row.chainId}/actions`;
    if (row.instructionId) return `${base}/chains/${row.chainId}/instructions`;
    if (row.incidentId) return `${base}/chains/${row.chainId}/incidents/${row.incidentId}`;
    if (row.ruleId) return `${base}/chains/${row.chainId}/findings`;
    return `${base}/chains/${row.chainId}`;
  }

  private async postWebhook(row: NoticeDeliveryRow): Promise<Outcome> {
    if (row.trigger === 'FINDING_AROSE' || row.trigger === 'FINDING_DEADLINE_NEAR') {
      const weighed = await this.findings.stillToTell(row, Date.now());
      if ('withdrawn' in weighed) return { kind: 'withdrawn', why: weighed.withdrawn };
    }
    const endpoint = row.endpointId ? await this.deliveries.endpoint(row.endpointId) : null;
    if (!endpoint || !row.body) return { kind: 'failed', reason: 'the endpoint no longer exists' };
    try {
      const status = await postWebhook(
        endpoint.url,
        row.body,
        { [SIGNATURE_HEADER]: signatureHeader(endpoint.secret, row.body), 'schakel-delivery': row.id, 'schakel-trigger': row.trigger },
        this.config.notifications,
      );
      if (status >= 200 && status < 300) return { kind: 'sent' };
      return { kind: 'retry', reason: `the receiver answered HTTP ${status}` };
    } catch (error) {
      if (error instanceof WebhookAddressRefused) return { kind: 'failed', reason: error.message };
      return { kind: 'retry', reason: messageOf(error) };
    }
  }
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}
