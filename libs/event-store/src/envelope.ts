/** Who recorded an event: taken from the authenticated request, never from input. */
export interface Actor {
  readonly userId: string;
  readonly partyId: string | null;
  readonly role: string;
  readonly workerId?: string | null;
  /** Set on entries brought in by a history import: the source file's SHA-256 and the import's id. */
  readonly importedFrom?: { readonly sourceSha256: string; readonly importId: string };
}

/** An event as the application hands it to the store. */
export interface NewEvent<T extends string = string, D = unknown> {
  /** UUID (v7); also the idempotency key of the write. */
  readonly eventId: string;
  readonly type: T;
  readonly schemaVersion: number;
  readonly data: D;
  /** Valid time: when it happened in the world (ISO-8601, UTC). */
  readonly occurredAt: string;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string | null;
}

/** An event as stored: the envelope of ARCHITECTURE.md. */
export interface StoredEvent<T extends string = string, D = unknown> extends NewEvent<T, D> {
  readonly streamId: string;
  /** 0-based, gap-free per stream. */
  readonly streamVersion: number;
  /** Unique across the store; the store's own sequence. Not part of the hash (a store assigns it). */
  readonly globalPosition: number;
  /** Transaction time: when the store recorded it (ISO-8601, UTC, set by the server). */
  readonly recordedAt: string;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * Where a reader of the global log stands. Opaque: each adapter encodes its own order
 * (SQLite: the row position; PostgreSQL: transaction id and position; KurrentDB: commit/prepare).
 * The empty string means "before the first event".
 */
export type Checkpoint = string;
export const START: Checkpoint = '';

/** An event read from the global log, with the checkpoint that resumes reading right after it. */
export interface LoggedEvent<T extends string = string, D = unknown> extends StoredEvent<T, D> {
  readonly checkpoint: Checkpoint;
}

/** -1: the stream must not exist yet; n: the stream's last version must be n; 'any': no check. */
export type ExpectedVersion = number | 'any';
export const NO_STREAM = -1;

export interface AppendResult {
  readonly streamId: string;
  /** Version of the last event of the stream after this append. */
  readonly nextExpectedVersion: number;
  readonly events: readonly StoredEvent[];
  /** True when every eventId had been stored before: nothing was written, the original result is returned. */
  readonly duplicate: boolean;
}

export interface ReadStreamOptions {
  readonly fromVersion?: number;
  readonly toVersion?: number;
  /** Only events with recordedAt <= this instant (ISO-8601): what the records said then. */
  readonly recordedBefore?: string;
}

export interface ReadAllOptions {
  /** Read events after this checkpoint (exclusive); START for the beginning. */
  readonly after?: Checkpoint;
  readonly limit?: number;
}

export interface SubscribeOptions {
  readonly after?: Checkpoint;
  /** Stops the subscription; the iterator then ends. */
  readonly signal?: AbortSignal;
  /** Events per read while catching up. */
  readonly batchSize?: number;
}
