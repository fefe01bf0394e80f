import type {
  AppendResult,
  ExpectedVersion,
  LoggedEvent,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
} from './envelope';

/**
 * The append-only, hash-chained event log. Every adapter (SQLite, PostgreSQL, KurrentDB) passes
 * the one contract suite in `libs/event-store/testing`.
 */
export interface EventStore {
  /** Which adapter this is, for logs and health ('sqlite', 'postgres', 'kurrentdb'). */
  readonly kind: string;

  /**
   * Appends atomically. Throws ConcurrencyError (and writes nothing) when the stream is not at
   * `expectedVersion`. Re-sending eventIds that were all stored before returns the original result.
   * The store sets streamVersion, globalPosition, recordedAt, prevHash and hash.
   */
  append(streamId: string, events: readonly NewEvent[], expectedVersion: ExpectedVersion): Promise<AppendResult>;

  /** The stream's events in version order; empty when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;

  /** A page of the global log in subscriber order, after a checkpoint. Never skips a committed event. */
  readAll(options?: ReadAllOptions): Promise<LoggedEvent[]>;

  /** Catch-up then live: every event after the checkpoint exactly once, in global order. */
  subscribe(options?: SubscribeOptions): AsyncIterable<LoggedEvent>;

  /** Current version of a stream, -1 when it does not exist. */
  streamVersion(streamId: string): Promise<number>;

  /**
   * Only where global positions are gap-free by construction (SQLite: one writer, AUTOINCREMENT,
   * a rolled-back append takes its sequence step with it): the highest position ever handed out,
   * 0 when none. A log that ends below it lost its tail. Absent where gaps are normal (PostgreSQL
   * identities skip values on rollback; KurrentDB positions are byte offsets).
   */
  highestAssignedPosition?(): Promise<number>;

  /**
   * For progress reports only (how far a verify, export or rebuild has come): about how many events
   * the log holds. Exact on SQLite; on PostgreSQL the highest global position, which rolled-back
   * appends make a slight overestimate. Absent where no cheap figure exists (KurrentDB).
   */
  estimatedEventCount?(): Promise<number>;

  close(): Promise<void>;
}
