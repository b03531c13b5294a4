// One error type with stable codes, and one table from code to HTTP status.
import type { ErrorCode, FieldError } from '../../shared/api/common';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

/** A validation error about one field, raised by a command after the schema passed. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', message, [{ field, message }]);
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what}不存在或无权查看`);
}

export function forbidden(message = '没有执行此操作的权限'): AppError {
  return new AppError('FORBIDDEN', message);
}

export function conflict(what: string): AppError {
  return new AppError('CONFLICT', `${what}已被他人修改，请刷新后重试`);
}
