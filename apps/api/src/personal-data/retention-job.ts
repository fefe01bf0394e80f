import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { runRetention, type RetentionOutcome } from '@schakel/application';
import { APP_CONFIG, EVENT_STORE, type AppConfig, type PersonalDataEventStore } from '@schakel/infrastructure';
import { leaseFor, printableError, type ProjectionLease } from '@schakel/read-models';

const DAY_MS = 24 * 3600_000;
/** The first run waits a little after the start: the read models catch up first. */
const FIRST_RUN_MS = 60_000;

/**
 * The retention job: once a day it shreds the personal data whose retention period ended
 * (runRetention, the same as `schakel retention`). With several processes on one PostgreSQL, only
 * the process holding the `retention` advisory lock runs it (as the outbox and the projections lead).
 * Its log lines count people, never name them.
 */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private readonly lease: ProjectionLease;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  /** Runs one at a time: two runs would erase the same person twice. */
  private running: Promise<RetentionOutcome[] | null> = Promise.resolve(null);

  constructor(
    @Inject(EVENT_STORE) private readonly store: PersonalDataEventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.lease = leaseFor(config.readModels, 'retention');
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(FIRST_RUN_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running.catch(() => null);
    await this.lease.release();
  }

  /** One run now: what it did, or null when another process leads. */
  runNow(): Promise<RetentionOutcome[] | null> {
    const next = this.running.catch(() => null).then(() => this.once());
    this.running = next;
    return next;
  }

  private async once(): Promise<RetentionOutcome[] | null> {
    if (!(await this.lease.acquire())) return null;
    const outcomes = await runRetention(this.store, this.config.retention, new Date().toISOString());
    const held = outcomes.filter((o) => o.heldBy).length;
    if (outcomes.length > 0) this.logger.log({ msg: 'retention run', erased: outcomes.length - held, held });
    return outcomes;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.runNow()
        .catch((error: unknown) => this.logger.error({ msg: 'retention run failed', error: printableError(error) }))
        .finally(() => {
          if (!this.stopped) this.schedule(DAY_MS);
        });
    }, ms);
    this.timer.unref();
  }
}
