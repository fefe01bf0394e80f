import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { guardAppend } from '../append-guard';
import {
  START,
  type AppendResult,
  type Checkpoint,
  type ExpectedVersion,
  type LoggedEvent,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeOptions,
} from '../envelope';
import { ConcurrencyError, IdempotencyConflictError, InvalidAppendError, StoreUnavailableError } from '../errors';
import type { EventStore } from '../event-store.port';
import { GENESIS_HASH, sealEvents, type SealedEvent } from '../hashing';
import { ChangeNotifier, pollSubscription } from '../poll-subscription';
import { EVENT_COLUMNS, toLoggedEvent, toStoredEvent, type EventRow } from './sqlite-event-row';
import { prepareDatabase, type SqliteSynchronous } from './sqlite-schema';

export interface SqliteEventStoreOptions {
  /** The database file; its folder is created when missing. */
  readonly path: string;
  /** FULL (default) survives power loss; NORMAL in WAL mode may lose the last commits, never corrupts. */
  readonly synchronous?: SqliteSynchronous;
  /** How long a write waits for another process's lock before StoreUnavailableError. Default 5000. */
  readonly busyTimeoutMs?: number;
  /** How often an idle subscription looks for events written by other processes. Default 250. */
  readonly pollIntervalMs?: number;
}

const DEFAULT_PAGE_SIZE = 1000;
const LAST_VERSION = Number.MAX_SAFE_INTEGER;
const MAX_REMEMBERED_HEADS = 10_000;

type Head = [version: number, hash: string];
type Written = { kind: 'written'; result: AppendResult } | { kind: 'conflict'; actualVersion: number };

/** An append waiting for the next shared commit. */
interface PendingAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expected: ExpectedVersion;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: unknown };

/** The embedded event store: one SQLite file in WAL mode, shared safely by several processes. */
export class SqliteEventStore implements EventStore {
  readonly kind = 'sqlite';
  private readonly changes = new ChangeNotifier();
  private readonly closing = new AbortController();

  private readonly selectHead: Database.Statement<[string], Head>;
  private readonly insertEvent: Database.Statement<unknown[]>;
  private readonly selectByEventIds: Database.Statement<[string], EventRow>;
  private readonly selectStream: Database.Statement<[string, number, number], EventRow>;
  private readonly selectStreamAsOf: Database.Statement<[string, number, number, string], EventRow>;
  private readonly selectAll: Database.Statement<[number, number], EventRow>;
  private readonly begin: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;
  private readonly savepoint: Database.Statement;
  private readonly releaseSavepoint: Database.Statement;
  private readonly rollbackToSavepoint: Database.Statement;
  private readonly dataVersion: Database.Statement<[], number>;
  /** Appends waiting for the next shared commit (group commit, ADR 0013). */
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  /**
   * Stream heads as this connection last committed them. Valid only while no other connection
   * wrote: `PRAGMA data_version` changes when another connection commits, and then it is emptied.
   */
  private readonly heads = new Map<string, Head>();
  private seenDataVersion = -1;

  private constructor(
    readonly path: string,
    private readonly db: Database.Database,
    private readonly pollIntervalMs: number,
  ) {
    this.selectHead = db.prepare<[string], Head>('SELECT stream_version, hash FROM events WHERE stream_id = ? ORDER BY stream_version DESC LIMIT 1').raw();
    this.insertEvent = db.prepare(
      `INSERT INTO events (stream_id, stream_version, event_id, type, schema_version, data, occurred_at, recorded_at, actor, correlation_id, causation_id, prev_hash, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // One statement for any batch size: the ids travel as a JSON array.
    this.selectByEventIds = db
      .prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY global_position`)
      .raw();
    this.selectStream = db
      .prepare<[string, number, number], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
      )
      .raw();
    this.selectStreamAsOf = db
      .prepare<[string, number, number, string], EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND stream_version BETWEEN ? AND ? AND recorded_at <= ? ORDER BY stream_version`,
      )
      .raw();
    this.selectAll = db
      .prepare<[number, number], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?`)
      .raw();
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
    this.savepoint = db.prepare('SAVEPOINT schakel_append');
    this.releaseSavepoint = db.prepare('RELEASE schakel_append');
    this.rollbackToSavepoint = db.prepare('ROLLBACK TO schakel_append');
    this.dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  }

  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const file = options.path;
    if (file !== ':memory:') {
      // The log holds personal data: only the service's user reads it. SQLite gives its -wal and
      // -shm files the database file's permissions, so creating that one 0600 covers all three.
      mkdirSync(dirname(resolve(file)), { recursive: true, mode: 0o700 });
      closeSync(openSync(file, 'a', 0o600));
    }
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
      prepareDatabase(db, options.synchronous ?? 'FULL');
      return new SqliteEventStore(file, db, options.pollIntervalMs ?? 250);
    } catch (error) {
      db?.close();
      throw translate(error, `cannot open the event store at ${file}`);
    }
  }

  /**
   * Appends that arrive while the event loop is busy wait for one shared transaction (group commit,
   * ADR 0013): one write lock, one fsync for all of them. Each append runs in a savepoint of its
   * own, in arrival order, so it sees exactly what a commit of its own would have seen (the heads
   * the appends before it wrote); one that fails rolls back to its savepoint and fails alone.
   */
  append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    try {
      guardAppend(streamId, events, expectedVersion);
      for (const event of events) {
        if (event.data === undefined) throw new InvalidAppendError(`event ${event.eventId} has no data`);
      }
      this.assertOpen();
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamId, events, expected: expectedVersion, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // After this turn's other work (and the microtasks it queued): writers that are ready now join.
        setImmediate(() => this.flush());
      }
    });
  }

  /** Writes every pending append in one IMMEDIATE transaction, then answers each. */
  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    if (this.closing.signal.aborted) {
      const closed = new StoreUnavailableError(`the event store at ${this.path} is closed`);
      for (const append of batch) append.reject(closed);
      return;
    }
    const outcomes: Outcome[] = [];
    const written = new Map<string, Head>();
    try {
      // IMMEDIATE takes the write lock before any head is read: no other process can slip in between.
      this.begin.run();
      try {
        const dataVersion = this.dataVersion.get()!;
        if (dataVersion !== this.seenDataVersion) {
          this.heads.clear();
          this.seenDataVersion = dataVersion;
        }
        for (const append of batch) outcomes.push(this.appendInSavepoint(append, written));
        this.commit.run();
      } catch (error) {
        if (this.db.inTransaction) this.rollback.run();
        throw error;
      }
    } catch (error) {
      // The shared transaction itself failed (lock timeout, I/O): nothing of it was written.
      this.heads.clear();
      const failure = translate(error, 'append failed');
      for (const append of batch) append.reject(failure);
      return;
    }
    for (const [streamId, head] of written) {
      // Re-inserted, so the Map's order is least recently written first; bounded by dropping those.
      this.heads.delete(streamId);
      this.heads.set(streamId, head);
    }
    for (const streamId of this.heads.keys()) {
      if (this.heads.size <= MAX_REMEMBERED_HEADS) break;
      this.heads.delete(streamId);
    }
    if (written.size > 0) this.changes.notify();
    batch.forEach((append, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) append.resolve(outcome.result);
      else append.reject(outcome.error);
    });
  }

  // One append inside the shared transaction. Errors that belong to this append alone (a conflict,
  // a duplicate, a value JSON cannot hold) roll back to its savepoint and become its outcome; an
  // error that ended the whole transaction is thrown on to fail the batch.
  private appendInSavepoint(append: PendingAppend, written: Map<string, Head>): Outcome {
    const { streamId, events, expected } = append;
    this.savepoint.run();
    let result: Written;
    try {
      result = this.writeBatch(streamId, events, expected, written);
    } catch (error) {
      if (!this.db.inTransaction) throw error;
      this.rollbackToSavepoint.run();
      this.releaseSavepoint.run();
      return this.failed(append, error);
    }
    this.releaseSavepoint.run();
    if (result.kind === 'written') {
      const last = result.result.events[result.result.events.length - 1];
      written.set(streamId, [last.streamVersion, last.hash]);
      return { ok: true, result: result.result };
    }
    // A retry of an append that did succeed arrives with a now-stale version: answer it, do not refuse it.
    try {
      const original = this.storedBefore(streamId, events);
      if (original) return { ok: true, result: original };
      return { ok: false, error: new ConcurrencyError(streamId, expected, result.actualVersion) };
    } catch (error) {
      if (!this.db.inTransaction) throw error;
      return { ok: false, error };
    }
  }

  private failed(append: PendingAppend, error: unknown): Outcome {
    const { streamId, events, expected } = append;
    try {
      if (isUniqueViolation(error, 'events.event_id')) {
        const original = this.storedBefore(streamId, events);
        if (original) return { ok: true, result: original };
      }
      if (isUniqueViolation(error, 'events.stream_id')) {
        return { ok: false, error: new ConcurrencyError(streamId, expected, this.versionOf(streamId)) };
      }
      return { ok: false, error: translate(error, `append to ${streamId} failed`) };
    } catch (second) {
      if (!this.db.inTransaction) throw second;
      return { ok: false, error: second };
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    this.assertOpen();
    const from = options.fromVersion ?? 0;
    const to = options.toVersion ?? LAST_VERSION;
    const rows =
      options.recordedBefore === undefined
        ? this.guarded(() => this.selectStream.all(streamId, from, to))
        : this.guarded(() => this.selectStreamAsOf.all(streamId, from, to, asStoredInstant(options.recordedBefore!)));
    return rows.map(toStoredEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<LoggedEvent[]> {
    this.assertOpen();
    const after = positionOf(options.after ?? START);
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    return this.guarded(() => this.selectAll.all(after, limit)).map(toLoggedEvent);
  }

  subscribe(options: SubscribeOptions = {}): AsyncIterable<LoggedEvent> {
    // Closing the store ends its subscriptions instead of leaving them to fail on a closed handle.
    const signal = options.signal ? AbortSignal.any([options.signal, this.closing.signal]) : this.closing.signal;
    return pollSubscription((after, limit) => this.readAll({ after, limit }), {
      after: options.after,
      signal,
      batchSize: options.batchSize,
      waitForChange: this.changes.wait,
      pollIntervalMs: this.pollIntervalMs,
    });
  }

  async streamVersion(streamId: string): Promise<number> {
    this.assertOpen();
    return this.guarded(() => this.versionOf(streamId));
  }

  async highestAssignedPosition(): Promise<number> {
    this.assertOpen();
    // sqlite_sequence has the table's row only once a row was ever inserted.
    const row = this.guarded(() => this.db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'events'").get() as { seq: number } | undefined);
    return row ? Number(row.seq) : 0;
  }

  /** Positions run 1..max without a gap here, so the highest one handed out is the count. */
  estimatedEventCount(): Promise<number> {
    return this.highestAssignedPosition();
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    // Appends already accepted are written before the file closes, as they were when append was synchronous.
    this.flush();
    this.closing.abort();
    this.db.close();
  }

  // Runs inside the append's savepoint: head, version check, seal, insert.
  private writeBatch(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion, written: ReadonlyMap<string, Head>): Written {
    // The head an earlier append of this transaction wrote, else the one this connection last
    // committed (while no other connection wrote since), else the one on disk.
    const head = written.get(streamId) ?? this.heads.get(streamId) ?? this.selectHead.get(streamId);
    const version = head ? head[0] : -1;
    if (expected !== 'any' && expected !== version) return { kind: 'conflict', actualVersion: version };

    let sealed: SealedEvent[];
    try {
      sealed = sealEvents(streamId, { version, hash: head ? head[1] : GENESIS_HASH }, events, new Date().toISOString());
    } catch (error) {
      // canonical JSON refuses values JSON cannot hold (a bigint, NaN...): the append can never succeed.
      if (error instanceof TypeError) throw new InvalidAppendError(error.message);
      throw error;
    }
    const stored = new Array<StoredEvent>(sealed.length);
    for (let i = 0; i < sealed.length; i++) {
      const e = sealed[i] as SealedEvent & { globalPosition: number };
      const { lastInsertRowid } = this.insertEvent.run(
        streamId,
        e.streamVersion,
        e.eventId,
        e.type,
        e.schemaVersion,
        JSON.stringify(e.data),
        e.occurredAt,
        e.recordedAt,
        JSON.stringify(e.actor),
        e.correlationId,
        e.causationId,
        e.prevHash,
        e.hash,
      );
      // The sealed event is this append's own object: it becomes the stored one, no copy per event.
      e.globalPosition = Number(lastInsertRowid);
      stored[i] = e;
    }
    return { kind: 'written', result: { streamId, nextExpectedVersion: version + events.length, events: stored, duplicate: false } };
  }

  /**
   * The original result when every eventId of the batch is already stored in this stream; null when
   * none is; IdempotencyConflictError when only some are, or one lives in another stream.
   */
  private storedBefore(streamId: string, events: readonly NewEvent[]): AppendResult | null {
    const rows = this.guarded(() => this.selectByEventIds.all(JSON.stringify(events.map((e) => e.eventId))));
    if (rows.length === 0) return null;
    const stored = rows.map(toStoredEvent);
    const foreign = stored.find((e) => e.streamId !== streamId);
    if (foreign) throw new IdempotencyConflictError(streamId, foreign.eventId);
    if (stored.length !== events.length) throw new IdempotencyConflictError(streamId, stored[0].eventId);
    return { streamId, nextExpectedVersion: stored[stored.length - 1].streamVersion, events: stored, duplicate: true };
  }

  private versionOf(streamId: string): number {
    const head = this.selectHead.get(streamId);
    return head ? head[0] : -1;
  }

  private guarded<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      throw translate(error, 'reading the event store failed');
    }
  }

  private assertOpen(): void {
    if (this.closing.signal.aborted) throw new StoreUnavailableError(`the event store at ${this.path} is closed`);
  }
}

function positionOf(checkpoint: Checkpoint): number {
  if (checkpoint === START) return 0;
  if (!/^\d{1,15}$/.test(checkpoint)) throw new RangeError(`"${checkpoint}" is not a checkpoint of the SQLite event store`);
  return Number(checkpoint);
}

// recorded_at holds Date#toISOString strings; bring T to the same form so text order is time order.
function asStoredInstant(instant: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`recordedBefore "${instant}" is not an ISO-8601 instant`);
  return new Date(ms).toISOString();
}

// By shape, not instanceof: the native addon keeps the SqliteError class of the first copy of
// better-sqlite3 loaded in the process, and jest loads a fresh copy, in a fresh realm, per test file.
function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'SqliteError' && typeof code === 'string' ? code : undefined;
}

function isUniqueViolation(error: unknown, column: string): boolean {
  return sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE' && String((error as Error).message).includes(column);
}

// Lock timeouts and I/O trouble may pass on a retry; anything else is a bug and keeps its own error.
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN)/;

function translate(error: unknown, context: string): unknown {
  const code = sqliteCode(error);
  if (code && UNAVAILABLE.test(code)) return new StoreUnavailableError(`${context}: ${(error as Error).message} (${code})`, error);
  return error;
}
