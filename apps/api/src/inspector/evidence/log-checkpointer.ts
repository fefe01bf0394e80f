import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ConcurrencyError, type EventStore } from '@schakel/event-store';
import { writeLogCheckpoint, type SigningKey, type WrittenLogCheckpoint } from '@schakel/evidence';
import { type AppConfig, APP_CONFIG, SEALED_EVENT_STORE, configuredWitnesses } from '@schakel/infrastructure';
import { EVIDENCE_SIGNING_KEY } from './evidence-signing-key';

/**
 * Signs a checkpoint of the log head every SCHAKEL_CHECKPOINT_INTERVAL_SECONDS and publishes it to
 * the witnesses, so a removed tail or a rewritten history is caught by `schakel verify` as soon as
 * a checkpoint covered it.
 */
@Injectable()
export class LogCheckpointer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Checkpoints');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SEALED_EVENT_STORE) private readonly store: EventStore,
    @Inject(EVIDENCE_SIGNING_KEY) private readonly signingKey: SigningKey,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.checkpointIntervalSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.checkpoint()).catch(() => undefined);
    }, seconds * 1000);
    // A pending checkpoint never keeps the process alive on its own.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One checkpoint now; failures are logged, not thrown, so the next tick tries again. */
  async checkpoint(): Promise<WrittenLogCheckpoint | null> {
    try {
      const result = await writeLogCheckpoint({ store: this.store, signingKey: this.signingKey, now: new Date(), witnesses: configuredWitnesses(this.config) });
      if (result.written) this.logger.log({ msg: 'log checkpoint signed', treeSize: result.signed.checkpoint.treeSize, rootHash: result.signed.checkpoint.rootHash });
      for (const refused of result.published.filter((p) => p.error !== null)) {
        this.logger.error({ msg: 'witness did not take the checkpoint', witness: refused.witness, error: refused.error });
      }
      return result;
    } catch (error) {
      // Another process signed the same head first: its checkpoint stands.
      if (error instanceof ConcurrencyError) return null;
      this.logger.error({ msg: 'log checkpoint failed', error: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }
}
