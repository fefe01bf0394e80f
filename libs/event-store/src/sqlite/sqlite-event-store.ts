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

type Head = [version: number, hash: string];
type Written = { kind: 'written'; result: AppendResult } | { kind: 'conflict'; actualVersion: number };

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
  private readonly appendInTransaction: Database.Transaction<(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion) => Written>;

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
    this.appendInTransaction = db.transaction((streamId: string, events: readonly NewEvent[], expected: ExpectedVersion) =>
      this.writeBatch(streamId, events, expected),
    );
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

  async append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    guardAppend(streamId, events, expectedVersion);
    for (const event of events) {
      if (event.data === undefined) throw new InvalidAppendError(`event ${event.eventId} has no data`);
    }
    this.assertOpen();
    let written: Written;
    try {
      // IMMEDIATE takes the write lock before the head is read: no other process can slip in between.
      written = this.appendInTransaction.immediate(streamId, events, expectedVersion);
    } catch (error) {
      if (isUniqueViolation(error, 'events.event_id')) {
        const original = this.storedBefore(streamId, events);
        if (original) return original;
      }
      if (isUniqueViolation(error, 'events.stream_id')) {
        throw new ConcurrencyError(streamId, expectedVersion, this.versionOf(streamId));
      }
      throw translate(error, `append to ${streamId} failed`);
    }
    if (written.kind === 'conflict') {
      // A retry of an append that did succeed arrives with a now-stale version: answer it, do not refuse it.
      const original = this.storedBefore(streamId, events);
      if (original) return original;
      throw new ConcurrencyError(streamId, expectedVersion, written.actualVersion);
    }
    this.changes.notify();
    return written.result;
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

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    this.db.close();
  }

  // Runs inside the IMMEDIATE transaction: head, version check, seal, insert.
  private writeBatch(streamId: string, events: readonly NewEvent[], expected: ExpectedVersion): Written {
    const head = this.selectHead.get(streamId);
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
    const stored = sealed.map((e): StoredEvent => {
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
      return { ...e, globalPosition: Number(lastInsertRowid) };
    });
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
