import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { START, type EventStore, type LoggedEvent } from '@schakel/event-store';
import type { Projection } from './projection';
import { ProjectionCheckpointRow } from './projection-checkpoint.entity';
import { ProjectedStreamRow } from './projected-stream.entity';
import { ProjectionFailureRow } from './projection-failure.entity';
import { type PoisonEvent, ProjectionHaltedError, poisonOf, printableError } from './projection-halted.error';
import type { ProjectionLease } from './projection-lease';
import { WorkQueue } from './work-queue';

export interface ProjectionRunnerOptions {
  /** The checkpoint row's name: one per group of projections that advance together. */
  readonly group?: string;
  readonly batchSize?: number;
  /** How often to look for events written by other processes. */
  readonly pollIntervalMs?: number;
  readonly lease?: ProjectionLease;
  /** The longest a halted runner waits before it tries the failing event again (it backs off from 1 s). */
  readonly retryIntervalMs?: number;
  readonly onError?: (error: unknown) => void;
  /**
   * How many events of the log this group may have applied in all, when it must stay behind
   * another group (the outbox reads the read models the events left, so it follows them).
   */
  readonly notBeyond?: () => Promise<number>;
  /** Shared with other runners and writers of the same database (see WorkQueue). */
  readonly queue?: WorkQueue;
}

export interface ProjectionStatus {
  readonly group: string;
  readonly checkpoint: string;
  readonly eventsApplied: number;
  readonly lastRecordedAt: string | null;
  readonly leader: boolean;
  /** The event the read models stand still in front of, or null. */
  readonly failure: PoisonEvent | null;
}

/**
 * Reads the global log from a stored checkpoint and applies projections, each batch in one
 * read-model transaction together with the new checkpoint. Driven by the store, not by an
 * in-memory bus, so a crash never leaves a read model ahead of or behind its checkpoint.
 */
export class ProjectionRunner {
  readonly group: string;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  /** The drain in progress, if any. */
  private draining: Promise<number> | null = null;
  /** One follow-up drain shared by every catchUp that arrived while another drain ran. */
  private queued: Promise<number> | null = null;
  /** Drains and rebuilds run one at a time: on SQLite they share one connection, so overlapping transactions would nest. */
  readonly queue: WorkQueue;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private readonly retryIntervalMs: number;
  /** The event this runner could not apply, and when it tries it again. */
  private halted: { poison: PoisonEvent; nextAttemptAt: number } | null = null;
  /** Whether an open failure recorded by an earlier process has been looked up. */
  private lookedUpStoredFailure = false;
  /** Told after each batch while a rebuild runs (a progress line). */
  private progress: ((eventsApplied: number) => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.group = options.group ?? 'read-models';
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.retryIntervalMs = options.retryIntervalMs ?? 30_000;
    this.queue = options.queue ?? new WorkQueue();
  }

  /** Starts following the log in the background. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.queued?.catch(() => 0);
    await this.draining?.catch(() => 0);
    await this.options.lease?.release();
  }

  /**
   * Applies everything in the log now; resolves when the read models include every event that
   * was stored before the call. Concurrent calls share runs. Returns the number of events the
   * drain it waited for applied (0 when another process leads).
   */
  catchUp(): Promise<number> {
    // A drain in progress may have read the log before the caller's events were stored, so the
    // caller waits for one more drain after it; every caller arriving meanwhile shares that one.
    if (this.queued) return this.queued;
    if (!this.draining) return this.startDrain();
    const queued = this.draining
      .catch(() => 0)
      .then(() => {
        this.queued = null;
        return this.startDrain();
      });
    this.queued = queued;
    return queued;
  }

  private startDrain(): Promise<number> {
    const run: Promise<number> = this.exclusive(() => this.drain()).finally(() => {
      if (this.draining === run) this.draining = null;
    });
    this.draining = run;
    return run;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.queue.run(work);
  }

  async status(): Promise<ProjectionStatus> {
    const row = await this.dataSource.getRepository(ProjectionCheckpointRow).findOneBy({ name: this.group });
    return {
      group: this.group,
      checkpoint: row?.checkpoint ?? START,
      eventsApplied: row?.eventsApplied ?? 0,
      lastRecordedAt: row?.lastRecordedAt ?? null,
      leader: this.options.lease ? this.options.lease.held : true,
      failure: await this.openFailure(),
    };
  }

  /** The failure the read models stand still at, as recorded by whichever process projects. */
  async openFailure(): Promise<PoisonEvent | null> {
    const row = await this.failures().findOne({ where: { group: this.group, resolution: IsNull() }, order: { failedAt: 'ASC' } });
    return row ? poisonOf(row) : null;
  }

  /**
   * Empties every table the projections own and the checkpoint, then replays the whole log.
   * Failures stay: an event an operator skipped is skipped again.
   */
  async rebuild(onProgress?: (eventsApplied: number) => void): Promise<number> {
    // Exclusive with drains: a batch that read the old checkpoint must not land in emptied tables.
    await this.exclusive(() =>
      this.dataSource.transaction(async (manager) => {
        for (const projection of this.projections) {
          for (const table of projection.owns) await manager.getRepository(table).clear();
        }
        await manager.getRepository(ProjectionCheckpointRow).delete({ name: this.group });
        await manager.getRepository(ProjectedStreamRow).delete({ group: this.group });
      }),
    );
    this.progress = onProgress ?? null;
    try {
      return await this.catchUp();
    } finally {
      this.progress = null;
    }
  }

  private async tick(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.catchUp();
    } catch (error) {
      // A halted runner that only waited for its next attempt has nothing new to report.
      if (!(error instanceof ProjectionHaltedError) || error.attempted) this.options.onError?.(error);
    }
    if (!this.stopped) this.timer = setTimeout(() => void this.tick(), this.pollIntervalMs);
  }

  private async drain(): Promise<number> {
    if (this.options.lease && !(await this.options.lease.acquire())) return 0;
    await this.waitForNextAttempt();
    let applied = 0;
    let limit = this.batchSize;
    for (;;) {
      let batch: number;
      try {
        batch = await this.applyNextBatch(limit);
      } catch (error) {
        // A batch rolls back as a whole: apply its events one at a time to find the one that fails.
        if (limit > 1) {
          limit = 1;
          continue;
        }
        throw await this.halt(error);
      }
      if (batch === 0) return applied;
      applied += batch;
      this.progress?.(applied);
      if (this.halted) await this.resolve('APPLIED');
    }
  }

  /** Throws while halted and the next attempt is not due; lets the drain go on once the failure is resolved. */
  private async waitForNextAttempt(): Promise<void> {
    if (!this.halted && !this.lookedUpStoredFailure) {
      this.lookedUpStoredFailure = true;
      const stored = await this.openFailure();
      // Recorded by an earlier process: try once now (a fix may have been deployed).
      if (stored) this.halted = { poison: stored, nextAttemptAt: 0 };
    }
    if (!this.halted) return;
    const row = await this.failures().findOneBy({ group: this.group, eventId: this.halted.poison.eventId });
    if (!row || row.resolution !== null) {
      this.halted = null;
      return;
    }
    if (Date.now() < this.halted.nextAttemptAt) throw new ProjectionHaltedError(poisonOf(row), false);
  }

  /** Records the event after the checkpoint as failing (again) and stops in front of it. */
  private async halt(error: unknown): Promise<unknown> {
    const seen = await this.checkpoints().findOneBy({ name: this.group });
    const [event] = await this.store.readAll({ after: seen?.checkpoint ?? START, limit: 1 });
    if (!event) return error;
    const now = new Date().toISOString();
    const failures = this.failures();
    const earlier = await failures.findOneBy({ group: this.group, eventId: event.eventId });
    const row: ProjectionFailureRow = {
      group: this.group,
      eventId: event.eventId,
      position: String(event.globalPosition),
      eventType: event.type,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      error: printableError(error),
      attempts: (earlier?.resolution === null ? earlier.attempts : 0) + 1,
      failedAt: earlier?.resolution === null ? earlier.failedAt : now,
      lastAttemptAt: now,
      resolution: null,
      resolvedAt: null,
      resolvedBy: null,
      resolutionNote: null,
    };
    await failures.save(row);
    const poison = poisonOf(row);
    // Backing off from 1 s lets a passing fault (a lost connection) heal soon, a real poison cost little.
    const backoffMs = Math.min(this.retryIntervalMs, 1000 * 2 ** Math.min(row.attempts - 1, 20));
    this.halted = { poison, nextAttemptAt: Date.now() + backoffMs };
    return new ProjectionHaltedError(poison, true, error);
  }

  /** The event that had failed went through after all. */
  private async resolve(resolution: 'APPLIED'): Promise<void> {
    const { eventId } = this.halted!.poison;
    this.halted = null;
    await this.failures().update({ group: this.group, eventId, resolution: IsNull() }, { resolution, resolvedAt: new Date().toISOString() });
  }

  private failures(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ProjectionFailureRow);
  }

  /** The last version of each stream in the batch, in the batch's transaction. */
  private async recordStreamVersions(manager: EntityManager, events: readonly LoggedEvent[]): Promise<void> {
    const latest = new Map<string, number>();
    for (const event of events) latest.set(event.streamId, Math.max(latest.get(event.streamId) ?? -1, event.streamVersion));
    const rows = [...latest].map(([streamId, version]) => ({ group: this.group, streamId, version }));
    await manager.getRepository(ProjectedStreamRow).upsert(rows, ['group', 'streamId']);
  }

  /**
   * Resolves true once the read models include `version` of `streamId` — applied by this process
   * or by whichever process leads — or false after `timeoutMs`.
   */
  async waitUntilApplied(streamId: string, version: number, timeoutMs = 5000, pollMs = 50): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const repository = this.dataSource.getRepository(ProjectedStreamRow);
    for (;;) {
      const row = await repository.findOneBy({ group: this.group, streamId });
      if (row && row.version >= version) return true;
      // Standing still in front of an event: this write will not show until an operator acts.
      const failure = await this.openFailure();
      if (failure) throw new ProjectionHaltedError(failure, false);
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      // The write may have been held back behind another transaction: look again (a no-op unless this process leads).
      await this.catchUp().catch(() => 0);
    }
  }

  private async skippedEventIds(manager: EntityManager): Promise<Set<string>> {
    const rows = await this.failures(manager).find({ select: { eventId: true }, where: { group: this.group, resolution: 'SKIPPED' } });
    return new Set(rows.map((row) => row.eventId));
  }

  private checkpoints(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ProjectionCheckpointRow);
  }

  /**
   * One batch in one transaction. A cheap look outside any transaction first, so an idle poll
   * writes nothing; then the checkpoint row is locked (an UPDATE takes SQLite's write lock and
   * PostgreSQL's row lock) before it is read, so two processes on one database never apply the
   * same events twice.
   */
  private async applyNextBatch(limit: number): Promise<number> {
    const seen = await this.checkpoints().findOneBy({ name: this.group });
    const peek = await this.store.readAll({ after: seen?.checkpoint ?? START, limit: 1 });
    if (peek.length === 0) return 0;
    return this.dataSource.transaction(async (manager) => {
      const repository = this.checkpoints(manager);
      const now = new Date().toISOString();
      // The row must exist to be locked: without it two processes would both apply the first batch.
      // A concurrent insert makes this one wait for that transaction, then do nothing.
      await repository
        .createQueryBuilder()
        .insert()
        .values({ name: this.group, checkpoint: START, eventsApplied: 0, lastRecordedAt: null, updatedAt: now })
        .orIgnore()
        .execute();
      await repository.update({ name: this.group }, { updatedAt: now });
      const previous = await repository.findOneBy({ name: this.group });
      const allowed = this.options.notBeyond ? (await this.options.notBeyond()) - (previous?.eventsApplied ?? 0) : limit;
      if (allowed <= 0) return 0;
      const events = await this.store.readAll({ after: previous?.checkpoint ?? START, limit: Math.min(limit, allowed) });
      if (events.length === 0) return 0;
      const skipped = await this.skippedEventIds(manager);
      for (const event of events) {
        // An operator decided this event stays out of the read models (it is still in the log).
        if (skipped.has(event.eventId)) continue;
        for (const projection of this.projections) {
          if (projection.handles.has(event.type)) await projection.apply(event, manager);
        }
      }
      await this.recordStreamVersions(manager, events);
      const last = events[events.length - 1];
      await repository.save({
        name: this.group,
        checkpoint: last.checkpoint,
        eventsApplied: (previous?.eventsApplied ?? 0) + events.length,
        lastRecordedAt: last.recordedAt,
        updatedAt: new Date().toISOString(),
      });
      return events.length;
    });
  }
}
