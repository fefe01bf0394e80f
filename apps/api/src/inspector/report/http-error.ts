import { HttpException, HttpStatus } from '@nestjs/common';
import { isDomainError, type DomainErrorFamily } from '@schakel/domain';
import { ApiError, ApiErrorCode } from '@schakel/application';

const STATUS_OF_API: Partial<Record<ApiErrorCode, HttpStatus>> = {
  [ApiErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ApiErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ApiErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ApiErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ApiErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};
const STATUS_OF_FAMILY: Record<DomainErrorFamily, HttpStatus> = {
  INVALID: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  NOT_ALLOWED: HttpStatus.FORBIDDEN,
  CONFLICT: HttpStatus.CONFLICT,
  RULE_VIOLATED: HttpStatus.UNPROCESSABLE_ENTITY,
};

/** What a report route says of an expected failure: its stable code and reason, and a message. */
export interface ErrorBody {
  readonly code: string;
  readonly reason?: string;
  readonly message: string;
}

/** The body and status of an expected failure (an API or domain error); null for anything else. */
export function expectedFailure(error: unknown): { status: HttpStatus; body: ErrorBody } | null {
  if (error instanceof ApiError) {
    return { status: STATUS_OF_API[error.code] ?? HttpStatus.INTERNAL_SERVER_ERROR, body: { code: error.code, reason: error.reason, message: error.message } };
  }
  if (isDomainError(error)) return { status: STATUS_OF_FAMILY[error.family], body: { code: error.code, message: error.message } };
  return null;
}

/** An expected failure as the HTTP answer Nest sends; anything else unchanged (a 500, logged). */
export function toHttp(error: unknown): unknown {
  const failure = expectedFailure(error);
  return failure ? new HttpException(failure.body, failure.status) : error;
}
