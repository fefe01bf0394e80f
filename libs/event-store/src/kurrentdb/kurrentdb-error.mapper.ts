import { ErrorType, convertToCommandError, isCommandError, type CurrentStreamState } from '@kurrent/kurrentdb-client';
import { ConcurrencyError, StoreUnavailableError } from '../errors';
import type { ExpectedVersion } from '../envelope';
import { toStreamVersion } from './kurrentdb-expected-revision';
import { StreamDeletedInStoreError } from './kurrentdb-errors';

/** What the adapter was doing when the client failed, for the typed error it becomes. */
export interface ErrorContext {
  readonly streamId?: string;
  readonly expectedVersion?: ExpectedVersion;
}

const UNAVAILABLE_TYPES = new Set<string>([
  ErrorType.UNAVAILABLE,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.TIMEOUT,
  ErrorType.NOT_LEADER,
  ErrorType.CANCELLED,
  ErrorType.ACCESS_DENIED,
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function commandErrorOf(error: Error): Error {
  try {
    // The client converts gRPC status errors itself on most calls, but not all (a refused connection
    // on append arrives as a raw ServiceError with code 14); its converter knows every code.
    return convertToCommandError(error);
  } catch {
    return error;
  }
}

export const isWrongExpectedVersion = (error: unknown): error is Error & { type: ErrorType.WRONG_EXPECTED_VERSION; actualState?: CurrentStreamState } =>
  error instanceof Error && (error as { type?: unknown }).type === ErrorType.WRONG_EXPECTED_VERSION;

export const isStreamNotFound = (error: unknown): boolean =>
  error instanceof Error && (error as { type?: unknown }).type === ErrorType.STREAM_NOT_FOUND;

/**
 * The version the server reported when it refused an append: -1 for no stream, null when the
 * error does not say (the adapter then reads the head itself).
 */
export function actualVersionOf(error: unknown): number | null {
  if (!isWrongExpectedVersion(error)) return null;
  return toStreamVersion(error.actualState);
}

/**
 * The store's typed error for a failure of the client: ConcurrencyError, StoreUnavailableError,
 * StreamDeletedInStoreError. Anything else is returned unchanged: it is a bug, not an expected failure.
 */
export function toStoreError(error: unknown, context: ErrorContext = {}): unknown {
  if (!(error instanceof Error)) return error;
  const converted = isCommandError(error) ? error : commandErrorOf(error);
  const type = (converted as { type?: unknown }).type;

  if (isWrongExpectedVersion(converted) && context.streamId !== undefined) {
    const actual = actualVersionOf(converted);
    return new ConcurrencyError(context.streamId, context.expectedVersion ?? 'any', actual ?? -1);
  }
  if (type === ErrorType.STREAM_DELETED || type === ErrorType.STREAM_TOMBSTONED) {
    const name = (converted as { streamName?: string; stream?: string }).streamName ?? (converted as { stream?: string }).stream;
    return new StreamDeletedInStoreError(name ?? context.streamId ?? 'unknown', converted);
  }
  if (typeof type === 'string' && UNAVAILABLE_TYPES.has(type)) {
    // The native reader's errors carry only their class name as message.
    const detail = converted.message && converted.message !== converted.name && converted.message !== converted.constructor.name ? `: ${converted.message}` : '';
    return new StoreUnavailableError(`KurrentDB is unavailable (${type})${detail}`, converted);
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) {
    return new StoreUnavailableError(`KurrentDB cannot be reached (${code}): ${error.message}`, error);
  }
  // Cluster discovery gives up with a plain Error when no node answers the gossip.
  if (/^Failed to discover after \d+ attempts/.test(error.message)) {
    return new StoreUnavailableError(`KurrentDB cannot be reached: ${error.message}`, error);
  }
  return converted;
}
