import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START as FROM_START,
  type AllStreamRecordedEvent,
  type AllStreamSubscription,
  type AppendResult as ClientAppendResult,
  type Position,
  type ReadRevision,
  type RecordedEvent,
} from '@kurrent/kurrentdb-client';
import { guardAppend } from '../append-guard';
import { START, type AppendResult, type ExpectedVersion, type LoggedEvent, type NewEvent, type ReadAllOptions, type ReadStreamOptions, type StoredEvent, type SubscribeOptions } from '../envelope';
import { ConcurrencyError, IdempotencyConflictError, InvalidAppendError, StoreUnavailableError } from '../errors';
import type { EventStore } from '../event-store.port';
import { GENESIS_HASH, sealEvents, type SealedEvent } from '../hashing';
import { idempotencyWindowStart } from './idempotency-window';
import { comparePositions, decodeCheckpoint, encodeCheckpoint, globalPositionOf, isAfter } from './kurrentdb-checkpoint';
import { asStoredJson, fromRecordedEvent, toEventData } from './kurrentdb-envelope.mapper';
import { actualVersionOf, isStreamNotFound, isWrongExpectedVersion, toStoreError } from './kurrentdb-error.mapper';
import { InvalidReadError, KurrentDbConfigError } from './kurrentdb-errors';
import { toStreamState } from './kurrentdb-expected-revision';
import { SchakelStreams } from './kurrentdb-stream-filter';
import { recordedNoLaterThan } from './recorded-before.filter';

export interface KurrentDbStoreOptions {
  /** Schakel's stream categories (e.g. ['chain', 'party']); default: every `<category>-<id>` stream. */
  readonly categories?: readonly string[];
  /** Tries of an 'any' append that keeps losing the race for the stream's head. Default 50. */
  readonly maxAnyAttempts?: number;
  /** Times a subscription reconnects after the server dropped it, before it gives up. Default 5. */
  readonly maxResubscribes?: number;
  /** First wait before a reconnect, doubled each time. Default 200 ms. */
  readonly resubscribeDelayMs?: number;
}

interface Head {
  readonly version: number;
  readonly hash: string;
}

type StreamRead = { direction?: typeof FORWARDS | typeof BACKWARDS; fromRevision?: ReadRevision; maxCount?: number; requiresLeader?: boolean };

// Events per read when the adapter pages through a stream or $all by itself.
const PAGE = 500;
// Records per step when searching $all backwards for earlier copies of an append's ids.
const SEARCH_PAGE = 64;
const NO_HEAD: Head = { version: -1, hash: GENESIS_HASH };

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

function checkVersionOption(name: string, value: number | undefined): void {
  if (value !== undefined && !Number.isInteger(value)) throw new InvalidReadError(`${name} ${value} is not an integer`);
}

/**
 * The event log on KurrentDB (or EventStoreDB 22+), through the official gRPC client. A Schakel
 * stream is a KurrentDB stream of the same name; the envelope travels as JSON data + metadata.
 */
export class KurrentDbEventStore implements EventStore {
  readonly kind = 'kurrentdb';
  private readonly streams: SchakelStreams;
  private readonly maxAnyAttempts: number;
  private readonly maxResubscribes: number;
  private readonly resubscribeDelayMs: number;
  private readonly live = new Set<AllStreamSubscription>();
  private closed = false;

  private constructor(
    private readonly client: KurrentDBClient,
    options: KurrentDbStoreOptions,
  ) {
    this.streams = new SchakelStreams(options.categories);
    this.maxAnyAttempts = options.maxAnyAttempts ?? 50;
    this.maxResubscribes = options.maxResubscribes ?? 5;
    this.resubscribeDelayMs = options.resubscribeDelayMs ?? 200;
  }

  /** e.g. `kurrentdb://localhost:2113?tls=false`. The client connects lazily, on the first call. */
  static connect(connectionString: string, options: KurrentDbStoreOptions = {}): KurrentDbEventStore {
    let client: KurrentDBClient;
    try {
      client = KurrentDBClient.connectionString(connectionString);
    } catch (error) {
      // The client's message quotes the offending part only; the full string may hold a password.
      const reason = error instanceof Error ? error.message : String(error);
      throw new KurrentDbConfigError(`the KurrentDB connection string is not usable: ${reason}`, error);
    }
    return new KurrentDbEventStore(client, options);
  }

  async append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult> {
    guardAppend(streamId, events, expectedVersion);
    if (!this.streams.includes(streamId)) {
      throw new InvalidAppendError(`stream ${streamId} is outside the categories this store reads back (${this.streams.pattern})`);
    }
    const ids = events.map((event) => event.eventId);
    const prepared = events.map((event) => ({ ...event, data: asStoredJson(event.data), actor: asStoredJson(event.actor) }));
    const attempts = expectedVersion === 'any' ? this.maxAnyAttempts : 1;

    for (let attempt = 1; ; attempt++) {
      const head = await this.head(streamId);
      // A retry returns the original result whatever version it expects now, so this comes first.
      const earlier = await this.storedBefore(streamId, ids, head);
      if (earlier) return earlier;
      if (expectedVersion !== 'any' && head.version !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, head.version);
      const sealed = sealEvents(streamId, head, prepared, new Date().toISOString());
      let written: ClientAppendResult;
      try {
        written = await this.client.appendToStream(streamId, sealed.map(toEventData), { streamState: toStreamState(head.version) });
      } catch (error) {
        if (!isWrongExpectedVersion(error)) throw toStoreError(error, { streamId, expectedVersion });
        if (attempt < attempts) {
          await sleep(Math.min(100, 2 ** attempt) * (0.5 + Math.random()));
          continue;
        }
        // Lost the race to another writer, which may have been a retry of this very append.
        const now = await this.head(streamId);
        const earlier = await this.storedBefore(streamId, ids, now);
        if (earlier) return earlier;
        throw new ConcurrencyError(streamId, expectedVersion, actualVersionOf(error) ?? now.version);
      }
      return this.confirm(streamId, sealed, written);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    checkVersionOption('fromVersion', options.fromVersion);
    checkVersionOption('toVersion', options.toVersion);
    const from = Math.max(0, options.fromVersion ?? 0);
    const to = options.toVersion;
    const limitTo = (events: StoredEvent[]) =>
      options.recordedBefore === undefined ? events : recordedNoLaterThan(events, options.recordedBefore);
    if (!this.streams.includes(streamId) || (to !== undefined && to < from)) return limitTo([]);
    const events = await this.readStreamRecords(streamId, {
      fromRevision: BigInt(from),
      ...(to !== undefined ? { maxCount: to - from + 1 } : {}),
    });
    return limitTo(events);
  }

  async readAll(options: ReadAllOptions = {}): Promise<LoggedEvent[]> {
    const after = decodeCheckpoint(options.after ?? START);
    const limit = options.limit ?? Infinity;
    if (limit !== Infinity && (!Number.isInteger(limit) || limit < 0)) throw new InvalidReadError(`limit ${limit} is not a count`);
    const out: LoggedEvent[] = [];
    let cursor = after;
    while (out.length < limit) {
      // One more than needed: a read from a position includes the record at that position.
      const want = Math.min(limit - out.length, PAGE) + 1;
      const page = await this.readAllRecords(cursor, want);
      let moved = false;
      for (const record of page) {
        if (!isAfter(record.position, cursor)) continue;
        cursor = record.position;
        moved = true;
        if (!this.streams.includesRecord(record.streamId, record.type)) continue;
        out.push(toLogged(record));
        if (out.length === limit) break;
      }
      if (page.length < want || !moved) break;
    }
    return out;
  }

  async *subscribe(options: SubscribeOptions = {}): AsyncIterable<LoggedEvent> {
    const signal = options.signal;
    let cursor = decodeCheckpoint(options.after ?? START);
    let drops = 0;
    while (!signal?.aborted && !this.closed) {
      let subscription: AllStreamSubscription;
      try {
        subscription = this.client.subscribeToAll({ fromPosition: cursor ?? FROM_START, filter: this.streams.serverFilter() });
      } catch (error) {
        throw toStoreError(error);
      }
      this.live.add(subscription);
      const stop = () => endSubscription(subscription);
      signal?.addEventListener('abort', stop, { once: true });
      let failure: unknown = null;
      try {
        for await (const resolved of subscription) {
          const record = (resolved as { event?: AllStreamRecordedEvent }).event;
          if (!record || !isAfter(record.position, cursor)) continue;
          cursor = record.position;
          if (!this.streams.includesRecord(record.streamId, record.type)) continue;
          drops = 0;
          yield toLogged(record);
          if (signal?.aborted) return;
        }
      } catch (error) {
        failure = error;
      } finally {
        signal?.removeEventListener('abort', stop);
        this.live.delete(subscription);
        endSubscription(subscription);
      }
      if (signal?.aborted || this.closed) return;
      // The server ended or broke the subscription: resume from the last event delivered.
      const mapped = failure === null ? new StoreUnavailableError('KurrentDB ended the $all subscription') : toStoreError(failure);
      if (!(mapped instanceof StoreUnavailableError) || ++drops > this.maxResubscribes) throw mapped;
      await sleep(this.resubscribeDelayMs * 2 ** (drops - 1), signal);
    }
  }

  async streamVersion(streamId: string): Promise<number> {
    if (!this.streams.includes(streamId)) return -1;
    return (await this.head(streamId)).version;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const subscription of this.live) endSubscription(subscription);
    this.live.clear();
    await this.client.dispose();
  }

  // The leader holds the newest head; a follower may lag behind and turn every append into a conflict.
  private async head(streamId: string): Promise<Head> {
    const [last] = await this.readStreamRecords(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1, requiresLeader: true });
    return last ? { version: last.streamVersion, hash: last.hash } : NO_HEAD;
  }

  // The original result when these eventIds were stored before (a retried append), null when none
  // was, IdempotencyConflictError when only some were, or when one was stored in another stream.
  // KurrentDB keeps event ids per stream only, so Schakel's part of $all is searched back from the
  // end, no further than the ids' own time (UUIDv7); ids without a time make it search the stream.
  private async storedBefore(streamId: string, ids: readonly string[], head: Head): Promise<AppendResult | null> {
    const windowStart = idempotencyWindowStart(ids);
    const found = windowStart === null ? await this.searchStream(streamId, ids, head) : await this.searchLog(ids, windowStart);
    if (found.size === 0) return null;
    const elsewhere = [...found.values()].find((event) => event.streamId !== streamId);
    if (elsewhere) throw new IdempotencyConflictError(streamId, elsewhere.eventId);
    if (found.size < ids.length) throw new IdempotencyConflictError(streamId, [...found.keys()][0]);
    const originals = [...found.values()].sort((a, b) => a.streamVersion - b.streamVersion);
    return { streamId, nextExpectedVersion: originals[originals.length - 1].streamVersion, events: originals, duplicate: true };
  }

  private async searchLog(ids: readonly string[], windowStart: number): Promise<Map<string, StoredEvent>> {
    const wanted = new Set(ids);
    const found = new Map<string, StoredEvent>();
    let cursor: Position | null = null;
    for (;;) {
      const page = await this.readAllRecords(cursor, SEARCH_PAGE, BACKWARDS, true);
      let moved = false;
      for (const record of page) {
        if (cursor && comparePositions(record.position, cursor) >= 0) continue;
        cursor = record.position;
        moved = true;
        if (!this.streams.includesRecord(record.streamId, record.type)) continue;
        if (wanted.has(record.id)) found.set(record.id, fromRecordedEvent(record));
        if (found.size === wanted.size || recordedAtOf(record) < windowStart) return found;
      }
      if (page.length < SEARCH_PAGE || !moved) return found;
    }
  }

  private async searchStream(streamId: string, ids: readonly string[], head: Head): Promise<Map<string, StoredEvent>> {
    const wanted = new Set(ids);
    const found = new Map<string, StoredEvent>();
    let from = BigInt(head.version);
    while (from >= 0n) {
      const page = await this.readStreamRecords(streamId, { direction: BACKWARDS, fromRevision: from, maxCount: PAGE, requiresLeader: true });
      for (const event of page) {
        if (wanted.has(event.eventId)) found.set(event.eventId, event);
        if (found.size === wanted.size) return found;
      }
      if (page.length < PAGE) break;
      from = BigInt(page[page.length - 1].streamVersion - 1);
    }
    return found;
  }

  // Reads the appended range back: it gives every event its log position, and it tells a real write
  // from the server's idempotent answer to a concurrent copy of the same append (same ids, other
  // hashes), whose stored originals are then what the caller gets.
  private async confirm(streamId: string, sealed: SealedEvent[], written: ClientAppendResult): Promise<AppendResult> {
    const last = sealed[sealed.length - 1];
    let stored: StoredEvent[];
    try {
      stored = await this.readStreamRecords(streamId, { fromRevision: BigInt(sealed[0].streamVersion), maxCount: sealed.length, requiresLeader: true });
    } catch {
      // The write is durable; failing now would make the caller retry a command that took effect.
      return unconfirmed(streamId, sealed, written);
    }
    const sameIds = stored.length === sealed.length && stored.every((event, i) => event.eventId === sealed[i].eventId);
    // Not what was just written at those versions (a lagging node): keep what the append reported.
    if (!sameIds) return unconfirmed(streamId, sealed, written);
    const ours = stored.every((event, i) => event.hash === sealed[i].hash);
    return { streamId, nextExpectedVersion: last.streamVersion, events: stored, duplicate: !ours };
  }

  private async readStreamRecords(streamId: string, options: StreamRead): Promise<StoredEvent[]> {
    const records: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, options)) {
        if (resolved.event) records.push(resolved.event);
      }
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw toStoreError(error, { streamId });
    }
    return records.map(fromRecordedEvent);
  }

  private async readAllRecords(
    from: Position | null,
    maxCount: number,
    direction: typeof FORWARDS | typeof BACKWARDS = FORWARDS,
    requiresLeader = false,
  ): Promise<AllStreamRecordedEvent[]> {
    const records: AllStreamRecordedEvent[] = [];
    const fromPosition = from ?? (direction === FORWARDS ? FROM_START : END);
    try {
      for await (const resolved of this.client.readAll({ fromPosition, maxCount, direction, requiresLeader, filter: this.streams.serverFilter() })) {
        if (resolved.event) records.push(resolved.event);
      }
    } catch (error) {
      throw toStoreError(error);
    }
    return records;
  }
}

// recordedAt from the metadata without checking the rest; NaN (never "too old") when it is missing.
function recordedAtOf(record: AllStreamRecordedEvent): number {
  const metadata = record.metadata as { recordedAt?: unknown } | undefined;
  return typeof metadata?.recordedAt === 'string' ? Date.parse(metadata.recordedAt) : NaN;
}

function toLogged(record: AllStreamRecordedEvent): LoggedEvent {
  return { ...fromRecordedEvent(record), checkpoint: encodeCheckpoint(record.position) };
}

// The position of the last event is in the append's answer; the others are known only by reading back.
function unconfirmed(streamId: string, sealed: SealedEvent[], written: ClientAppendResult): AppendResult {
  const events = sealed.map((event, i) => ({ ...event, globalPosition: i === sealed.length - 1 ? globalPositionOf(written.position) : -1 }));
  return { streamId, nextExpectedVersion: sealed[sealed.length - 1].streamVersion, events, duplicate: false };
}

// Cancels the gRPC call and ends the iterator at once, whatever the server does.
function endSubscription(subscription: AllStreamSubscription): void {
  subscription.unsubscribe().catch(() => undefined);
  subscription.destroy();
}
