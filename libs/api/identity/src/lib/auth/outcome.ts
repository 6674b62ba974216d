import type { DomainError } from '@waymark/api/common';

/**
 * The result of a step whose failure still has bookkeeping to keep (attempt counts, lockout,
 * audit): the transaction commits with the failure inside, and only then is it thrown.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail(error: DomainError): { ok: false; error: DomainError } {
  return { ok: false, error };
}

export function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
