import { StoreUnavailableError } from '../errors';

// Socket-level failures from node and the messages pg uses when a connection is gone or never came.
const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH',
  'ENOTFOUND', 'EAI_AGAIN',
]);
const BROKEN_CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'is not queryable',
  'Cannot use a pool after calling end',
];

// SQLSTATEs after which the same request can succeed later: the server went away or is
// overloaded (08xxx, 57P01-57P03, 53xxx), or a timeout stopped a statement (57014, 55P03),
// or the server aborted a transaction that lost a race (40001, 40P01).
const RETRYABLE_SQLSTATE = /^(08...|57P0[1-3]|53...|57014|55P03|40001|40P01)$/;
const BROKEN_SQLSTATE = /^(08...|57P0[1-3])$/;

const codeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
    ? (error as { code: string }).code
    : undefined;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// The connection that ran into this error cannot be used again and must leave the pool.
export function isBrokenConnection(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (NETWORK_CODES.has(code) || BROKEN_SQLSTATE.test(code))) return true;
  const message = messageOf(error);
  return BROKEN_CONNECTION_MESSAGES.some((m) => message.includes(m));
}

// The caller may retry the same request once the database is reachable again.
export function isRetryable(error: unknown): boolean {
  const code = codeOf(error);
  return isBrokenConnection(error) || (code !== undefined && RETRYABLE_SQLSTATE.test(code));
}

// Turns a transient driver failure into StoreUnavailableError; anything else is returned as it is.
export function toStoreError(error: unknown, doing: string): unknown {
  if (error instanceof StoreUnavailableError || !isRetryable(error)) return error;
  const code = codeOf(error);
  return new StoreUnavailableError(
    `PostgreSQL event store unavailable while ${doing}: ${messageOf(error)}${code ? ` (${code})` : ''}`,
    error,
  );
}

export const isUniqueViolation = (error: unknown, constraint: string): boolean =>
  codeOf(error) === '23505' && (error as { constraint?: string }).constraint === constraint;
