import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EventStore } from '@schakel/event-store';
import { type AppConfig, APP_CONFIG, EVENT_STORE, READ_MODELS } from '@schakel/infrastructure';
import { NoticeDeliveries, ProjectionRunner, leaseFor, outboxProjection, printableError, type NoticeDeliveryRow, type ProjectionLease } from '@schakel/read-models';
import { JWT_SECRET } from '../auth/auth.tokens';
import { WorkerLinks } from '../worker-links/worker-links.service';
import { ComplianceFactsReader } from '../compliance/findings/compliance-facts';
import { FindingWatch } from './finding-watch';
import { NoticeSender } from './notice-sender';

/** How many due messages one round sends. */
const ROUND = 50;

/**
 * The outbox, a subscriber of the log like a projection: its own checkpoint (group `outbox`),
 * behind the read models, derives the messages each event asks for; then the channel workers send
 * what is due. With several processes on one PostgreSQL, the process that holds the outbox's
 * advisory lock does both; the others take over when it dies.
 */
@Injectable()
export class NoticeOutbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private readonly runner: ProjectionRunner;
  private readonly lease: ProjectionLease;
  private readonly sender: NoticeSender;
  private readonly findings: FindingWatch;
  readonly deliveries: NoticeDeliveries;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private closing = false;
  /** Rounds run one at a time: two rounds would send the same due message twice. */
  private round: Promise<number> = Promise.resolve(0);

  constructor(
    @Inject(READ_MODELS) dataSource: DataSource,
    @Inject(EVENT_STORE) store: EventStore,
    private readonly readModels: ProjectionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    workerLinks: WorkerLinks,
    @Inject(JWT_SECRET) secret: string,
    facts: ComplianceFactsReader,
  ) {
    this.lease = leaseFor(config.readModels, 'outbox');
    this.deliveries = new NoticeDeliveries(dataSource);
    this.runner = new ProjectionRunner(dataSource, store, [outboxProjection({ directReportHours: config.compliancePolicy.directReportHours })], {
      group: 'outbox',
      lease: this.lease,
      queue: readModels.queue,
      notBeyond: async () => (await readModels.status()).eventsApplied,
    });
    this.findings = new FindingWatch(this.deliveries, facts, readModels.queue, config.notifications, (chainId, error) =>
      this.logger.error({ msg: 'weighing the findings of a chain failed', chainId, error: printableError(error) }),
    );
    this.sender = new NoticeSender(dataSource, store, this.deliveries, readModels.queue, config, workerLinks, secret, this.findings);
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    await this.round.catch(() => 0);
    await this.runner.stop();
  }

  /** Where the outbox stands: its checkpoint, whether this process leads. */
  status() {
    return this.runner.status();
  }

  /**
   * Derives what the log asks for up to now and sends what is due; resolves with the number of
   * messages tried (0 when another process leads).
   */
  flush(): Promise<number> {
    const next = this.round.catch(() => 0).then(() => this.once());
    this.round = next;
    return next;
  }

  private async once(): Promise<number> {
    await this.runner.catchUp();
    if (!this.lease.held) return 0;
    const now = Date.now();
    // findings that arose, or whose deadline is near: weighed, since no single event says so
    await this.findings.derive(now).catch((error: unknown) => this.logger.error({ msg: 'weighing findings failed', error: printableError(error) }));
    const until = new Date(now + this.config.notifications.claimSeconds * 1000).toISOString();
    const due = await this.readModels.queue.run(async () => {
      const rows = await this.deliveries.due(new Date(now).toISOString(), ROUND);
      const claimed: NoticeDeliveryRow[] = [];
      for (const row of rows) if (await this.deliveries.claim(row, until)) claimed.push(row);
      return claimed;
    });
    // a member's digest messages that are due go out together, in one mail
    const digests = new Map<string, NoticeDeliveryRow[]>();
    for (const row of due) {
      if (this.closing) break;
      // a message for a member who takes its kind as a digest goes into the first digest at or after
      // its time: one due at the digest's hour (a reminder at 07:00) goes out with this one
      const digestAt = row.digest ? row.nextAttemptAt : await this.sender.digestTimeOf(row);
      if (digestAt !== null && Date.parse(digestAt) <= now && row.channel === 'EMAIL') {
        const key = `${row.partyId}|${row.userId}|${row.address}`;
        digests.set(key, [...(digests.get(key) ?? []), row]);
      } else if (digestAt !== null) await this.sender.waitForDigest(row, digestAt);
      else await this.sender.deliver(row);
    }
    for (const rows of digests.values()) {
      if (this.closing) break;
      await this.sender.deliverDigest(rows);
    }
    return due.length;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.flush()
        .catch((error: unknown) => this.logger.error({ msg: 'outbox round failed', error: printableError(error) }))
        .finally(() => {
          if (!this.stopped) this.schedule(this.config.notifications.pollMs);
        });
    }, ms);
  }
}
