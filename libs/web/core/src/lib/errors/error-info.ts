import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

import { ErrorCode } from '@waymark/shared/types';

/** Error codes the API puts in `errors[].extensions.code`. */
export const API_ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);
export type ApiErrorCode = ErrorCode;

/** What the SPA can say about a failure: an API code, or that the API could not be reached. */
export type ErrorKind = ApiErrorCode | 'NETWORK' | 'SESSION_ENDED' | 'UNKNOWN';

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorInfo {
  kind: ErrorKind;
  /** `extensions.reason`, e.g. `ACCOUNT_LOCKED` */
  reason?: string;
  retryAfterSeconds?: number;
  fields: FieldError[];
  /** The server's own message (English, for logs and as a last resort) */
  serverMessage?: string;
}

/** Thrown when an operation needs a session and there is none (signed out, or another person signed in). */
export class SessionEndedError extends Error {
  constructor() {
    super('The session has ended');
    this.name = 'SessionEndedError';
  }
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

function fromGraphQLErrors(errors: ReadonlyArray<FormattedError>): ErrorInfo {
  const first = errors[0];
  const extensions = first?.extensions ?? {};
  const code = typeof extensions['code'] === 'string' ? extensions['code'] : undefined;
  const kind: ErrorKind = (API_ERROR_CODES as readonly string[]).includes(code ?? '')
    ? (code as ApiErrorCode)
    : code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST'
      ? 'BAD_USER_INPUT'
      : 'UNKNOWN';
  const retry = extensions['retryAfterSeconds'];
  const fields: FieldError[] = [];
  for (const error of errors) {
    const list = error.extensions?.['fields'];
    if (Array.isArray(list)) {
      for (const item of list) {
        if (item && typeof item.field === 'string') {
          fields.push({ field: item.field, message: String(item.message ?? '') });
        }
      }
    }
  }
  return {
    kind,
    reason: typeof extensions['reason'] === 'string' ? extensions['reason'] : undefined,
    retryAfterSeconds: typeof retry === 'number' && Number.isFinite(retry) ? Math.max(0, Math.ceil(retry)) : undefined,
    fields,
    serverMessage: first?.message,
  };
}

/** Reads any error thrown by Apollo Client or the session manager into one shape. */
export function getErrorInfo(error: unknown): ErrorInfo {
  if (!error) return { kind: 'UNKNOWN', fields: [] };
  if (error instanceof SessionEndedError) return { kind: 'SESSION_ENDED', fields: [] };
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error) || ServerParseError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      if (Array.isArray(body.errors) && body.errors.length > 0) return fromGraphQLErrors(body.errors);
    } catch {
      /* not JSON: fall through */
    }
    const status = error.statusCode;
    if (status === 429) return { kind: 'RATE_LIMITED', fields: [] };
    if (status === 401) return { kind: 'UNAUTHENTICATED', fields: [] };
    if (status === 403) return { kind: 'FORBIDDEN', fields: [] };
    if (status >= 500 && status !== 502 && status !== 503 && status !== 504) return { kind: 'INTERNAL', fields: [] };
    return { kind: 'NETWORK', fields: [] };
  }
  if (error instanceof TypeError) return { kind: 'NETWORK', fields: [] };
  if (error instanceof Error && error.name === 'SessionEndedError') return { kind: 'SESSION_ENDED', fields: [] };
  return { kind: 'UNKNOWN', fields: [] };
}

export function hasErrorCode(error: unknown, code: ErrorKind): boolean {
  return getErrorInfo(error).kind === code;
}
