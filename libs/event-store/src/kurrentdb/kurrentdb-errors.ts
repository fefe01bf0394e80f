/** A checkpoint string that this adapter did not write ("<commit>:<prepare>" or the empty START). */
export class InvalidCheckpointError extends Error {
  readonly code = 'STORE_CHECKPOINT_INVALID';
  constructor(readonly checkpoint: string) {
    super(`checkpoint "${checkpoint}" is not a KurrentDB position ("<commit>:<prepare>")`);
    this.name = 'InvalidCheckpointError';
  }
}

/** Read options that can never be satisfied (a version that is not an integer, an instant that is not a date). */
export class InvalidReadError extends Error {
  readonly code = 'STORE_READ_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidReadError';
  }
}

/**
 * A record in one of Schakel's streams that does not carry a Schakel envelope (written by another
 * tool). Never skipped: the audit log would otherwise have a hole nobody sees.
 */
export class ForeignEventError extends Error {
  readonly code = 'STORE_FOREIGN_EVENT';
  constructor(
    readonly streamName: string,
    readonly revision: bigint,
    readonly reason: string,
  ) {
    super(`event ${revision} of KurrentDB stream ${streamName} is not a Schakel event: ${reason}`);
    this.name = 'ForeignEventError';
  }
}

/** KurrentDB reports the stream as deleted (soft or hard); Schakel itself never deletes a stream. */
export class StreamDeletedInStoreError extends Error {
  readonly code = 'STORE_STREAM_DELETED';
  constructor(readonly streamName: string, cause?: unknown) {
    super(`KurrentDB stream ${streamName} was deleted; Schakel streams are append-only and never deleted`, { cause });
    this.name = 'StreamDeletedInStoreError';
  }
}

/** The connection string or adapter options are wrong: fails at start-up with one clear line. */
export class KurrentDbConfigError extends Error {
  readonly code = 'STORE_CONFIG_INVALID';
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'KurrentDbConfigError';
  }
}
