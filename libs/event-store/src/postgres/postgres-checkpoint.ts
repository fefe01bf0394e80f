import { START, type Checkpoint } from '../envelope';

/**
 * A checkpoint that this store did not hand out (another adapter's, or a corrupted one). A RangeError,
 * like the other adapters' refusals of a malformed checkpoint.
 */
export class InvalidCheckpointError extends RangeError {
  readonly code = 'STREAM_INVALID_CHECKPOINT';
  constructor(readonly checkpoint: string) {
    super(`"${checkpoint}" is not a PostgreSQL event store checkpoint ("<transaction id>:<global position>")`);
    this.name = 'InvalidCheckpointError';
  }
}

/** Where a global reader stands: after this (transaction id, global position) pair. */
export interface GlobalOrderKey {
  /** xid8 as decimal text: it can pass 2^53, so it never becomes a JS number. */
  readonly transactionId: string;
  readonly globalPosition: string;
}

// xid8 0 is InvalidTransactionId: every real transaction id is larger, so (0, 0) is before everything.
const BEFORE_FIRST: GlobalOrderKey = { transactionId: '0', globalPosition: '0' };
const FORMAT = /^(\d{1,20}):(\d{1,19})$/;
const MAX_XID8 = 2n ** 64n - 1n;
const MAX_BIGINT = 2n ** 63n - 1n;

export const encodeCheckpoint = (transactionId: string, globalPosition: string | number): Checkpoint =>
  `${transactionId}:${globalPosition}`;

export function decodeCheckpoint(checkpoint: Checkpoint | undefined): GlobalOrderKey {
  if (checkpoint === undefined || checkpoint === START) return BEFORE_FIRST;
  const match = FORMAT.exec(checkpoint);
  if (!match || BigInt(match[1]) > MAX_XID8 || BigInt(match[2]) > MAX_BIGINT) throw new InvalidCheckpointError(checkpoint);
  return { transactionId: match[1], globalPosition: match[2] };
}
