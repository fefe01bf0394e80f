/** The stream was not at the version the writer expected; nothing was written. */
export class ConcurrencyError extends Error {
  readonly code = 'STREAM_VERSION_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number | 'any',
    readonly actualVersion: number,
  ) {
    super(`stream ${streamId} is at version ${actualVersion}, expected ${expectedVersion}`);
    this.name = 'ConcurrencyError';
  }
}

/** Some, but not all, of the eventIds of an append were stored before, or under another stream. */
export class IdempotencyConflictError extends Error {
  readonly code = 'STREAM_IDEMPOTENCY_CONFLICT';
  constructor(readonly streamId: string, readonly eventId: string) {
    super(`event ${eventId} was already stored with different content or stream than ${streamId}`);
    this.name = 'IdempotencyConflictError';
  }
}

/** The store could not be reached or lost its connection; the caller may retry the same request. */
export class StoreUnavailableError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StoreUnavailableError';
  }
}

/** A request to the store that can never succeed (bad stream id, empty batch...). */
export class InvalidAppendError extends Error {
  readonly code = 'STREAM_INVALID_APPEND';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidAppendError';
  }
}
