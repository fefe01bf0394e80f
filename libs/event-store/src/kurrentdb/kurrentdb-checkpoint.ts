import type { Position } from '@kurrent/kurrentdb-client';
import { START, type Checkpoint } from '../envelope';
import { InvalidCheckpointError } from './kurrentdb-errors';

const CHECKPOINT = /^(0|[1-9][0-9]*):(0|[1-9][0-9]*)$/;
// Positions are unsigned 64-bit; the server uses 2^64-1 as "no position" on some stream reads.
const NO_POSITION = 2n ** 63n;

/** "<commit>:<prepare>", both decimal, so a read-model database can store it as plain text. */
export function encodeCheckpoint(position: Position): Checkpoint {
  return `${position.commit}:${position.prepare}`;
}

/** null for START (read from the beginning of $all). */
export function decodeCheckpoint(checkpoint: Checkpoint): Position | null {
  if (checkpoint === START) return null;
  const match = CHECKPOINT.exec(checkpoint);
  if (!match) throw new InvalidCheckpointError(checkpoint);
  const position = { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
  if (position.commit >= NO_POSITION || position.prepare >= NO_POSITION) throw new InvalidCheckpointError(checkpoint);
  return position;
}

/** The order of $all: by commit position, then prepare position. */
export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** True when `position` comes strictly after `after` in $all (everything does when `after` is START). */
export function isAfter(position: Position, after: Position | null): boolean {
  return after === null || comparePositions(position, after) > 0;
}

/**
 * The envelope's globalPosition: the commit position as a Number. Every event KurrentDB writes through
 * gRPC is committed on its own, so commit positions are unique per event. They are byte offsets in the
 * transaction log, exact as a Number up to 2^53 bytes (8 PiB); the checkpoint keeps the exact bigint.
 * -1 when the server did not report a position (stream reads on servers before 22.6).
 */
export function globalPositionOf(position: Position | undefined): number {
  if (!position || position.commit >= NO_POSITION) return -1;
  return Number(position.commit);
}
