import { ErrorCode, type ErrorReason } from '@waymark/shared/types';
import type { ValidationError } from 'class-validator';

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An error a person can act on. Its code and extensions reach the client unchanged;
 * anything that is not a DomainError is answered as INTERNAL without details.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do this.', extra: { reason?: ErrorReason; retryAfterSeconds?: number } = {}) {
    super(ErrorCode.FORBIDDEN, message, extra);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string) {
    super(ErrorCode.NOT_FOUND, `${entity} not found.`);
  }
}

export class ConflictError extends DomainError {
  constructor(message = 'Someone else changed this record. Reload it and try again.') {
    super(ErrorCode.CONFLICT, message);
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, fields: FieldProblem[] = [], reason?: ErrorReason) {
    super(ErrorCode.BAD_USER_INPUT, message, { ...(fields.length ? { fields } : {}), ...(reason ? { reason } : {}) });
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

/** class-validator's nested errors as a flat list of `{ field: 'admin.email', message }`. */
export function fieldProblems(error: ValidationError, prefix = ''): FieldProblem[] {
  const field = prefix + error.property;
  const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
  return [...own, ...(error.children ?? []).flatMap((child) => fieldProblems(child, `${field}.`))];
}
