/**
 * The stable `extensions.code` values of the API. Every expected failure maps to one of these;
 * INTERNAL_SERVER_ERROR is reserved for defects.
 */
export enum ApiErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The request itself is malformed (not its values): an unsupported operation, a bad persisted query. */
  BAD_REQUEST = 'BAD_REQUEST',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  BUSINESS_RULE_VIOLATED = 'BUSINESS_RULE_VIOLATED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The caller sent more requests than its rate allows; the answer carries Retry-After. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A failure decided by the API shell itself (authentication, access, malformed ids). */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    /** A stable, more specific reason, e.g. AUTH_TOKEN_MISSING. */
    readonly reason: string,
    message: string,
    /** Extra fields for `extensions`, e.g. what was written. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const unauthenticated = (reason: string, message: string) => new ApiError(ApiErrorCode.UNAUTHENTICATED, reason, message);
export const forbidden = (reason: string, message: string) => new ApiError(ApiErrorCode.FORBIDDEN, reason, message);
export const notFound = (reason: string, message: string) => new ApiError(ApiErrorCode.NOT_FOUND, reason, message);
export const badInput = (reason: string, message: string) => new ApiError(ApiErrorCode.BAD_USER_INPUT, reason, message);
export const conflict = (reason: string, message: string) => new ApiError(ApiErrorCode.CONFLICT, reason, message);
export const tooManyRequests = (message: string, retryAfterSeconds: number, reason: 'RATE_LIMITED' | 'TOO_MANY_IN_PROGRESS' = 'RATE_LIMITED') =>
  new ApiError(ApiErrorCode.TOO_MANY_REQUESTS, reason, message, { retryAfterSeconds });
