import { Pool, type PoolClient, type QueryConfig, type QueryResultRow } from 'pg';
import { guardAppend } from '../append-guard';
import {
  NO_STREAM,
  type AppendResult,
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
import { PostgresChangeListener } from './postgres-change-listener';
import { decodeCheckpoint, type GlobalOrderKey } from './postgres-checkpoint';
import { isBrokenConnection, isUniqueViolation, toStoreError } from './postgres-errors';
import { migrateSchema, NOTIFY_CHANNEL } from './postgres-schema';
import {
  appendStatement,
  eventsByIdStatement,
  headStatement,
  heldBackStatement,
  horizonPassedStatement,
  readAllStatement,
  highestPositionStatement,
  readStreamStatement,
  streamVersionStatement,
  toLoggedEvent,
  toStoredEvent,
  type AppendRow,
  type EventRow,
  type HeadRow,
  type HeldBackRow,
} from './postgres-statements';
import { postgresSubscription } from './postgres-subscription';
import { EMPTY_HEAD, StreamHeadCache, type StreamHead } from './stream-head-cache';

export interface PostgresEventStoreOptions {
  readonly connectionString: string;
  /** Connections in the pool. Default 10. */
  readonly poolSize?: number;
  /** How often a live subscription reads when nothing woke it (writers it cannot hear). Default 500. */
  readonly pollIntervalMs?: number;
  /** Create or update the schema on open. Default true. */
  readonly migrate?: boolean;
  /** Give up connecting after this long. Default 5000. */
  readonly connectionTimeoutMs?: number;
  /** Server-side statement_timeout; the client gives up a little later. Default 15000. */
  readonly statementTimeoutMs?: number;
  /** Shown in pg_stat_activity; the LISTEN connection adds ":listen". Default 'schakel'. */
  readonly applicationName?: string;
  /** How long readAll waits for committed events held back by an older open transaction. Default 1000. */
  readonly heldBackWaitMs?: number;
}

const DEFAULT_POOL_SIZE = 10;
const DEFAULT_POLL_INTERVAL_MS = 500;
const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
const DEFAULT_READ_LIMIT = 1_000;
const DEFAULT_HELD_BACK_WAIT_MS = 1_000;
// 'any' appends retry with the fresh head; this only bounds a pathological storm of writers.
const MAX_APPEND_ATTEMPTS = 100;

const MAX_INT4 = 2_147_483_647;
const EVENT_ID_KEY = 'schakel_events_event_id_key';
const STREAM_VERSION_KEY = 'schakel_events_stream_version_key';

/**
 * The event store on PostgreSQL (`pg`). Appends are one statement; the global log is read in
 * (transaction id, position) order behind the snapshot's xmin, so subscribers never skip a row that
 * committed late. recordedAt is this process's clock at append (never before the stream head's),
 * the value that is hashed and stored.
 */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres';
  private readonly pool: Pool;
  private readonly listener: PostgresChangeListener;
  private readonly heads = new StreamHeadCache();
  private readonly closing = new AbortController();
  private readonly pollIntervalMs: number;
  private readonly heldBackWaitMs: number;
  private notifying = false;
  private notifyAgain = false;

  private constructor(options: PostgresEventStoreOptions) {
    const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
    const applicationName = options.applicationName ?? 'schakel';
    const connection = {
      connectionString: options.connectionString,
      connectionTimeoutMillis: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      keepAlive: true,
    };
    this.pool = new Pool({
      ...connection,
      application_name: applicationName,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      idleTimeoutMillis: 30_000,
      statement_timeout: statementTimeoutMs,
      // The server cancels at statement_timeout; this catches a server that stopped answering at all.
      query_timeout: statementTimeoutMs + 2_000,
      idle_in_transaction_session_timeout: statementTimeoutMs,
    });
    // An idle pooled connection that dies (server restart, pg_terminate_backend) is dropped by the
    // pool; without a listener the 'error' event would crash the process.
    this.pool.on('error', () => undefined);
    this.listener = new PostgresChangeListener({ ...connection, application_name: `${applicationName}:listen` });
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.heldBackWaitMs = options.heldBackWaitMs ?? DEFAULT_HELD_BACK_WAIT_MS;
  }

  /** Opens the pool and, unless `migrate: false`, brings the schema up to date. */
  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const store = new PostgresEventStore(options);
    if (options.migrate ?? true) {
      try {
        await store.migrate();
      } catch (error) {
        await store.close();
        throw error;
      }
    }
    return store;
  }

  /** Creates or updates the schema; idempotent, serialized across processes by an advisory lock. */
  async migrate(): Promise<number[]> {
    this.assertOpen();
    try {
      return await migrateSchema(this.pool);
    } catch (error) {
      throw toStoreError(error, 'migrating the schema');
    }
  }

  async append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    const batch = normalizeBatch(events);
    guardAppend(streamId, batch, expectedVersion);
    const firstId = batch[0].eventId;

    let head = this.heads.get(streamId);
    // A stream that must be new needs no read first: the append statement checks that it is, and
    // answers with the actual head (and the stream holding a re-sent eventId) when it is not.
    if (!head && expectedVersion === NO_STREAM) head = EMPTY_HEAD;
    if (!head || (expectedVersion !== 'any' && head.version !== expectedVersion)) {
      const row = await this.one<HeadRow>(headStatement(streamId, firstId), 'reading a stream head');
      if (row.existing_stream !== null) {
        const original = await this.originalResult(streamId, batch);
        if (original) return original;
      }
      head = this.rememberHead(streamId, row);
      if (expectedVersion !== 'any' && head.version !== expectedVersion) {
        throw new ConcurrencyError(streamId, expectedVersion, head.version);
      }
    }

    for (let attempt = 1; ; attempt++) {
      // Never before the head's recordedAt, so "recordedBefore T" always reads a prefix of the stream,
      // even when processes' clocks disagree a little.
      const recordedAt = new Date(Math.max(Date.now(), head.recordedAtMs)).toISOString();
      const sealed = sealEvents(streamId, { version: head.version, hash: head.hash ?? GENESIS_HASH }, batch, recordedAt);
      let row: AppendRow;
      try {
        row = await this.one<AppendRow>(appendStatement(streamId, head, sealed), 'appending');
      } catch (error) {
        if (!isUniqueViolation(error, EVENT_ID_KEY) && !isUniqueViolation(error, STREAM_VERSION_KEY)) throw error;
        // A racing writer committed first: the same request (a retry sent twice) or another one.
        const fresh = await this.one<HeadRow>(headStatement(streamId, firstId), 'reading a stream head');
        if (fresh.existing_stream !== null || isUniqueViolation(error, EVENT_ID_KEY)) {
          const original = await this.originalResult(streamId, batch);
          if (original) return original;
        }
        row = { ...fresh, positions: null, existing_stream: null };
      }

      if (row.positions) {
        // The sealed events are this append's own objects: they become the stored ones, no copy each.
        const stored = sealed as (SealedEvent & { globalPosition: number })[];
        for (let i = 0; i < stored.length; i++) stored[i].globalPosition = Number(row.positions[i]);
        const last = stored[stored.length - 1];
        this.heads.remember(streamId, { version: last.streamVersion, hash: last.hash, recordedAtMs: Date.parse(recordedAt) });
        this.listener.changed();
        this.notifyOthers();
        return { streamId, nextExpectedVersion: last.streamVersion, events: stored, duplicate: false };
      }
      if (row.existing_stream !== null) {
        const original = await this.originalResult(streamId, batch);
        if (original) return original;
      }
      head = this.rememberHead(streamId, row);
      if (expectedVersion !== 'any' && head.version !== expectedVersion) {
        throw new ConcurrencyError(streamId, expectedVersion, head.version);
      }
      if (attempt >= MAX_APPEND_ATTEMPTS) throw new ConcurrencyError(streamId, expectedVersion, head.version);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const recordedBefore = options.recordedBefore === undefined ? undefined : isoInstant(options.recordedBefore);
    const fromVersion = Math.max(0, options.fromVersion ?? 0);
    const result = await this.run<EventRow>(
      readStreamStatement(streamId, fromVersion, options.toVersion, recordedBefore),
      'reading a stream',
    );
    const events = result.rows.map(toStoredEvent);
    // A full read ends at the head this snapshot saw: a free cache fill for the next append.
    if (options.toVersion === undefined && recordedBefore === undefined && events.length > 0) {
      const last = events[events.length - 1];
      this.heads.remember(streamId, { version: last.streamVersion, hash: last.hash, recordedAtMs: Date.parse(last.recordedAt) });
    }
    return events;
  }

  /**
   * A short page that has committed rows behind an older open transaction waits (up to
   * `heldBackWaitMs`) for that transaction to end, so a read returns every event that committed
   * before it was called, unless a transaction older than those stays open longer than that.
   */
  async readAll(options: ReadAllOptions = {}): Promise<LoggedEvent[]> {
    const limit = options.limit ?? DEFAULT_READ_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    return this.readPage(decodeCheckpoint(options.after), limit, this.heldBackWaitMs);
  }

  subscribe(options: SubscribeOptions = {}): AsyncIterable<LoggedEvent> {
    this.listener.start();
    const signal = options.signal ? AbortSignal.any([options.signal, this.closing.signal]) : this.closing.signal;
    return postgresSubscription(
      {
        // The subscription never blocks in a read: it has its own quick re-read for held-back rows.
        readAll: ({ after, limit }) => this.readPage(decodeCheckpoint(after), limit ?? DEFAULT_READ_LIMIT, 0),
        heldBack: async (after) => (await this.heldBack(decodeCheckpoint(after))).held_back,
        listener: this.listener,
        pollIntervalMs: this.pollIntervalMs,
      },
      { ...options, signal },
    );
  }

  async streamVersion(streamId: string): Promise<number> {
    const row = await this.one<{ version: number }>(streamVersionStatement(streamId), 'reading a stream version');
    return row.version;
  }

  async estimatedEventCount(): Promise<number> {
    const row = await this.one<{ position: string }>(highestPositionStatement, 'estimating the size of the log');
    return Number(row.position);
  }

  async close(): Promise<void> {
    if (this.closing.signal.aborted) return;
    this.closing.abort();
    await this.listener.close();
    await this.pool.end();
  }

  /**
   * Tells subscribers in other processes that events were appended: one NOTIFY at a time, outside
   * any append's transaction (a NOTIFY inside one would serialise every commit, ADR 0013); appends
   * that finish while one is on its way are covered by one more. Only a hint: subscribers also poll.
   */
  private notifyOthers(): void {
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = true;
    this.notifyAgain = false;
    this.pool
      .query(`SELECT pg_notify('${NOTIFY_CHANNEL}', '')`)
      .catch(() => undefined)
      .finally(() => {
        this.notifying = false;
        if (this.notifyAgain && !this.closing.signal.aborted) this.notifyOthers();
      });
  }

  private async readPage(after: GlobalOrderKey, limit: number, waitMs: number): Promise<LoggedEvent[]> {
    const page = await this.fetchPage(after, limit);
    if (page.length >= limit || waitMs <= 0) return page;
    const last = page.length > 0 ? decodeCheckpoint(page[page.length - 1].checkpoint) : after;
    const state = await this.heldBack(last);
    if (!state.held_back) return page;

    const deadline = Date.now() + waitMs;
    for (let delay = 2; Date.now() < deadline; delay = Math.min(delay * 2, 50)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      const { passed } = await this.one<{ passed: boolean }>(horizonPassedStatement(state.xmax), 'reading the global log');
      if (passed) break;
    }
    // The horizon only moves forward: reading on after the last row returned extends the page
    // without changing what it already holds.
    return [...page, ...(await this.fetchPage(last, limit - page.length))];
  }

  private async fetchPage(after: GlobalOrderKey, limit: number): Promise<LoggedEvent[]> {
    const result = await this.run<EventRow>(readAllStatement(after, limit), 'reading the global log');
    return result.rows.map(toLoggedEvent);
  }

  private heldBack(after: GlobalOrderKey): Promise<HeldBackRow> {
    return this.one<HeldBackRow>(heldBackStatement(after), 'reading the global log');
  }

  private assertOpen(): void {
    if (this.closing.signal.aborted) throw new StoreUnavailableError('the PostgreSQL event store is closed');
  }

  // Checks a connection out for one statement. A connection that broke leaves the pool; one that
  // only saw an SQL error (a unique violation) goes back and is reused.
  private async run<R extends QueryResultRow>(query: QueryConfig, doing: string) {
    this.assertOpen();
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw toStoreError(error, doing);
    }
    try {
      const result = await client.query<R>(query);
      client.release();
      return result;
    } catch (error) {
      client.release(isBrokenConnection(error) ? (error as Error) : undefined);
      throw toStoreError(error, doing);
    }
  }

  private async one<R extends QueryResultRow>(query: QueryConfig, doing: string): Promise<R> {
    return (await this.run<R>(query, doing)).rows[0];
  }

  private rememberHead(streamId: string, row: HeadRow): StreamHead {
    if (row.head_version === null) {
      this.heads.forget(streamId);
      return EMPTY_HEAD;
    }
    const head = { version: row.head_version, hash: row.head_hash, recordedAtMs: row.head_recorded_at?.getTime() ?? 0 };
    this.heads.set(streamId, head);
    return head;
  }

  // A re-sent append: every eventId stored before, in this stream, as one run of versions in the
  // order sent, gives back the stored events. Some ids stored and others not, or stored under
  // another stream, is a conflict. Null when none is stored (the racing insert did not commit).
  private async originalResult(streamId: string, batch: readonly NewEvent[]): Promise<AppendResult | null> {
    const rows = (await this.run<EventRow>(eventsByIdStatement(batch.map((e) => e.eventId)), 'reading stored events')).rows;
    if (rows.length === 0) return null;
    const byId = new Map(rows.map((row) => [row.event_id, row]));
    const events: StoredEvent[] = [];
    for (const sent of batch) {
      const row = byId.get(sent.eventId);
      const previous = events[events.length - 1];
      if (!row || row.stream_id !== streamId || (previous && row.stream_version !== previous.streamVersion + 1)) {
        throw new IdempotencyConflictError(streamId, sent.eventId);
      }
      events.push(toStoredEvent(row));
    }
    return { streamId, nextExpectedVersion: events[events.length - 1].streamVersion, events, duplicate: true };
  }
}

// The events as they will read back, so the hash covers exactly what is stored: ids in lower case
// (uuid columns print lower case), payloads through JSON (a Date becomes its string, undefined
// members vanish), a missing causationId as null.
function normalizeBatch(events: readonly NewEvent[]): NewEvent[] {
  if (!Array.isArray(events)) throw new InvalidAppendError('events must be an array');
  return events.map((event) => {
    if (typeof event !== 'object' || event === null) throw new InvalidAppendError('an event must be an object');
    if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 0 || event.schemaVersion > MAX_INT4) {
      throw new InvalidAppendError(`schemaVersion ${event.schemaVersion} is not a non-negative 32-bit integer`);
    }
    if (typeof event.correlationId !== 'string') throw new InvalidAppendError('an event needs a correlationId');
    if (typeof event.occurredAt !== 'string') throw new InvalidAppendError('occurredAt must be an ISO-8601 string');
    refuseNul({ type: event.type, correlationId: event.correlationId, causationId: event.causationId, occurredAt: event.occurredAt });
    const actor = throughJson(event.actor, 'actor');
    if (typeof actor !== 'object' || actor === null) throw new InvalidAppendError('an event needs an actor');
    return {
      eventId: typeof event.eventId === 'string' ? event.eventId.toLowerCase() : event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: throughJson(event.data, 'data'),
      occurredAt: event.occurredAt,
      actor: actor as NewEvent['actor'],
      correlationId: event.correlationId,
      causationId: event.causationId ?? null,
    };
  });
}

// PostgreSQL text cannot hold U+0000 (JSON payloads can: JSON.stringify escapes it).
function refuseNul(fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) {
    if (typeof value === 'string' && value.includes('\u0000')) throw new InvalidAppendError(`${field} contains a NUL character`);
  }
}

function throughJson(value: unknown, field: string): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new InvalidAppendError(`${field} cannot be stored as JSON: ${(error as Error).message}`);
  }
  return text === undefined ? undefined : JSON.parse(text);
}

function isoInstant(value: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`recordedBefore "${value}" is not an ISO-8601 instant`);
  return new Date(ms).toISOString();
}
