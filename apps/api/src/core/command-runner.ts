import { type Decider, type DomainEvent, assertOccurredAt, eventSchemaVersions } from '@schakel/domain';
import {
  ConcurrencyError,
  IdempotencyConflictError,
  type AppendResult,
  type EventStore,
  type NewEvent,
  type StoredEvent,
  uuidv7,
} from '@schakel/event-store';
import type { Caller } from '@schakel/infrastructure';
import { StreamStateCache } from './stream-state-cache';
import { StreamQueue } from './stream-queue';
import { toDomainEvent } from '@schakel/application';
import { idempotencyKeyReused, idempotentId, type IdempotencyKey } from './idempotency-key';

type AnyEvent = DomainEvent<string, unknown>;

/** What the request adds to a command: who, when, and how it is traced. */
export interface CommandContext {
  readonly caller: Caller;
  readonly correlationId: string;
  /** Valid time given by the user; defaults to now. */
  readonly occurredAt?: string | null;
  /** The stream version the client last saw; when given, a mismatch is a CONFLICT and no retry happens. */
  readonly expectedVersion?: number | null;
  /** Makes a retried request a no-op: the same key gives the same event ids (see idempotency-key.ts). */
  readonly idempotencyKey?: IdempotencyKey | null;
}

export interface CommandResult {
  readonly streamId: string;
  /** The stream's version after the command. */
  readonly version: number;
  readonly events: readonly StoredEvent[];
  /** True when the request had been carried out before (same idempotency key). */
  readonly replayed: boolean;
}

const MAX_ATTEMPTS = 5;

/**
 * Load (cached fold + newer events) → decide → append with the expected version → on a
 * concurrency conflict (another process wrote first), reload and decide again, a bounded number
 * of times. Commands on one stream queue up within this process.
 */
export class CommandRunner {
  private readonly queue = new StreamQueue();

  constructor(
    private readonly store: EventStore,
    private readonly cache: StreamStateCache,
    private readonly clock: () => Date = () => new Date(),
    private readonly maxSkewMs = 5 * 60_000,
  ) {}

  run<C, E extends AnyEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: (metadata: { now: string; actor: Caller; occurredAt: string }) => C,
    context: CommandContext,
  ): Promise<CommandResult> {
    return this.queue.run(streamId, () => this.decideAndAppend(decider, streamId, command, context));
  }

  private async decideAndAppend<C, E extends AnyEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: (metadata: { now: string; actor: Caller; occurredAt: string }) => C,
    context: CommandContext,
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const now = this.clock().toISOString();
      const occurredAt = context.occurredAt ?? now;
      assertOccurredAt(occurredAt, now, this.maxSkewMs);
      const fold = await this.load(decider, streamId);
      if (context.expectedVersion != null && context.expectedVersion !== fold.version) {
        throw new ConcurrencyError(streamId, context.expectedVersion, fold.version);
      }
      let decided: E[];
      try {
        decided = decider.decide(command({ now, actor: context.caller, occurredAt }), fold.state);
      } catch (error) {
        const earlier = await this.earlierResult(streamId, context);
        if (earlier) return earlier;
        throw error;
      }
      if (decided.length === 0) return { streamId, version: fold.version, events: [], replayed: false };
      const events = decided.map((event, i) => this.envelope(event, streamId, i, occurredAt, context));
      try {
        const result = await this.appendOnce(streamId, events, fold.version, context);
        if (!result.duplicate) {
          this.cache.set(streamId, { version: result.nextExpectedVersion, state: this.foldOnto(decider, fold.state, result.events) });
        }
        return { streamId, version: result.nextExpectedVersion, events: result.events, replayed: result.duplicate };
      } catch (error) {
        const retryable = error instanceof ConcurrencyError && context.expectedVersion == null && attempt < MAX_ATTEMPTS;
        if (!retryable) throw error;
      }
    }
  }

  /**
   * Appends; with an idempotency key, an earlier write under the key must come from the same
   * request (same causationId), else CONFLICT IDEMPOTENCY_KEY_REUSED and nothing is written.
   */
  private async appendOnce(streamId: string, events: NewEvent[], expectedVersion: number, context: CommandContext): Promise<AppendResult> {
    const key = context.idempotencyKey;
    try {
      const result = await this.store.append(streamId, events, expectedVersion);
      if (key && result.duplicate && result.events[0].causationId !== key.requestId) throw idempotencyKeyReused();
      return result;
    } catch (error) {
      // Ids of this key stored in part, or in another stream: the key served another request.
      if (!key || !(error instanceof IdempotencyConflictError)) throw error;
      const earlier = await this.earlierResult(streamId, context);
      if (!earlier) throw idempotencyKeyReused();
      return { streamId, nextExpectedVersion: earlier.version, events: earlier.events, duplicate: true };
    }
  }

  /** The fold of a stream: from the cache, plus whatever was appended since (by any process). */
  async load<C, E extends AnyEvent, S>(decider: Decider<C, E, S>, streamId: string): Promise<{ version: number; state: S }> {
    const cached = this.cache.get<S>(streamId);
    let version = cached?.version ?? -1;
    let state = cached?.state ?? decider.initialState();
    const newer = await this.store.readStream(streamId, { fromVersion: version + 1 });
    if (newer.length > 0) {
      state = this.foldOnto(decider, state, newer);
      version = newer[newer.length - 1].streamVersion;
    }
    if (newer.length > 0) this.cache.set(streamId, { version, state });
    return { version, state };
  }

  /**
   * Folds newer events onto a state with evolve, which leaves the state it is given as it was (the
   * cache may hand it out again); the chain's evolve costs in proportion to the events alone.
   */
  private foldOnto<C, E extends AnyEvent, S>(decider: Decider<C, E, S>, state: S, stored: readonly StoredEvent[]): S {
    return stored.reduce((s, e) => decider.evolve(s, toDomainEvent<E>(e)), state);
  }

  private envelope(event: AnyEvent, streamId: string, index: number, occurredAt: string, context: CommandContext): NewEvent {
    const { caller } = context;
    return {
      eventId: context.idempotencyKey ? idempotentId(context.idempotencyKey, 'event', index) : uuidv7(),
      type: event.type,
      schemaVersion: eventSchemaVersions[event.type as keyof typeof eventSchemaVersions] ?? 1,
      data: event.data,
      occurredAt,
      actor: { userId: caller.userId, partyId: caller.partyId, role: caller.role, workerId: caller.workerId },
      correlationId: context.correlationId,
      // A keyed request's events name the request they came from, so a retry can be recognised.
      causationId: context.idempotencyKey?.requestId ?? null,
    };
  }

  /**
   * With an idempotency key: when the first event of this key is already in the stream, the earlier
   * result if it came from this same request, else CONFLICT IDEMPOTENCY_KEY_REUSED.
   */
  private async earlierResult(streamId: string, context: CommandContext): Promise<CommandResult | null> {
    const key = context.idempotencyKey;
    if (!key) return null;
    const firstId = idempotentId(key, 'event', 0);
    const stream = await this.store.readStream(streamId);
    const start = stream.findIndex((e) => e.eventId === firstId);
    if (start < 0) return null;
    if (stream[start].causationId !== key.requestId) throw idempotencyKeyReused();
    const events = stream.slice(start).filter((e, i) => e.eventId === idempotentId(key, 'event', i));
    return { streamId, version: events[events.length - 1].streamVersion, events, replayed: true };
  }
}
