import { NO_STREAM, type AppendStreamState, type CurrentStreamState } from '@kurrent/kurrentdb-client';
import { NO_STREAM as SCHAKEL_NO_STREAM } from '../envelope';

/**
 * The exact state KurrentDB must find the stream in: NO_STREAM for -1, the revision otherwise.
 * 'any' never reaches the server as ANY: the adapter sends the head's revision, so the hash chain
 * it computed against that head cannot be forked by a concurrent writer.
 */
export function toStreamState(version: number): AppendStreamState {
  return version === SCHAKEL_NO_STREAM ? NO_STREAM : BigInt(version);
}

/** The stream's version as the store reports it: -1 when it does not exist. */
export function toStreamVersion(state: CurrentStreamState | AppendStreamState | bigint | undefined): number | null {
  if (state === NO_STREAM) return SCHAKEL_NO_STREAM;
  if (typeof state === 'bigint') return Number(state);
  return null;
}
