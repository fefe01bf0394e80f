import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ImportRowRejected } from '@schakel/domain';
import { ConcurrencyError, IdempotencyConflictError, InvalidAppendError, StoreUnavailableError } from '@schakel/event-store';
import { ApiError, ApiErrorCode } from '@schakel/application';

const FAMILY_CODES: Record<DomainError['family'], ApiErrorCode> = {
  INVALID: ApiErrorCode.BAD_USER_INPUT,
  NOT_FOUND: ApiErrorCode.NOT_FOUND,
  NOT_ALLOWED: ApiErrorCode.FORBIDDEN,
  CONFLICT: ApiErrorCode.CONFLICT,
  RULE_VIOLATED: ApiErrorCode.BUSINESS_RULE_VIOLATED,
};

/** Codes Apollo itself gives to requests that never reach a resolver; passed on as they are. */
const APOLLO_REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js's message when `parseOptions.maxTokens` stops the parser. */
const TOO_MANY_TOKENS = /Document contains more tha[nt] (\d+) tokens/;

interface Mapped {
  code: string;
  reason?: string;
  message?: string;
  details?: Record<string, unknown>;
}

/** Maps a thrown error to its stable code; null for anything unexpected. */
export function mapError(error: unknown): Mapped | null {
  if (error instanceof DomainError) return { code: FAMILY_CODES[error.family], reason: error.code };
  if (error instanceof ApiError) return { code: error.code, reason: error.reason, details: error.details };
  // one bad row of an import file rejects the whole file: say which row (0: the file itself) and why
  if (error instanceof ImportRowRejected) return { code: ApiErrorCode.BAD_USER_INPUT, reason: error.reason, details: { row: error.row } };
  if (error instanceof ConcurrencyError) {
    return {
      code: ApiErrorCode.CONFLICT,
      reason: error.code,
      details: { expectedVersion: error.expectedVersion, actualVersion: error.actualVersion },
    };
  }
  if (error instanceof IdempotencyConflictError) return { code: ApiErrorCode.CONFLICT, reason: error.code };
  if (error instanceof InvalidAppendError) return { code: ApiErrorCode.BAD_USER_INPUT, reason: error.code };
  if (error instanceof StoreUnavailableError) {
    return {
      code: ApiErrorCode.SERVICE_UNAVAILABLE,
      reason: error.code,
      message: 'The event store is unavailable; nothing was written for certain. Retry the request.',
      details: { retryable: true },
    };
  }
  return null;
}

const logger = new Logger('GraphQL');

/** The error a request-level GraphQLError was made from, through graphql-js's and Apollo's wrappers. */
function causeOf(error: GraphQLError): unknown {
  let cause: unknown = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

/** The one place where errors become GraphQL `extensions.code`; Apollo's `formatError`. */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  // A request-level error (no resolver path) raised by a plugin or a scalar carries its cause inside;
  // its own message names where in the request the problem is.
  const original = unwrapped instanceof GraphQLError && !unwrapped.path ? causeOf(unwrapped) : unwrapped;
  const viaRequest = original !== unwrapped;
  const mapped = mapError(original);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (mapped) {
    return {
      ...base,
      message: mapped.message ?? (viaRequest ? formatted.message : (original as Error).message),
      extensions: { code: mapped.code, ...(mapped.reason ? { reason: mapped.reason } : {}), ...mapped.details },
    };
  }
  const apolloCode = formatted.extensions?.code;
  const tokens = apolloCode === 'GRAPHQL_PARSE_FAILED' ? TOO_MANY_TOKENS.exec(formatted.message) : null;
  if (tokens) {
    const message = `The query document has more than ${tokens[1]} tokens; send a shorter query.`;
    return { ...base, message, extensions: { code: ApiErrorCode.BAD_USER_INPUT, reason: 'QUERY_TOO_LONG' } };
  }
  if (typeof apolloCode === 'string' && APOLLO_REQUEST_CODES.has(apolloCode)) {
    return { ...base, extensions: { code: apolloCode } };
  }
  // GraphQL or Apollo refusing the request itself, with no code of its own (an operation type the
  // schema lacks, a persisted query whose hash or version is wrong): the client's mistake, not a defect.
  if (unwrapped instanceof GraphQLError && !unwrapped.originalError && !unwrapped.path) {
    return { ...base, extensions: { code: ApiErrorCode.BAD_REQUEST } };
  }
  logger.error({ msg: 'unexpected error', error: original instanceof Error ? original.stack : String(original) });
  return { ...base, message: 'Internal server error', extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR } };
}
