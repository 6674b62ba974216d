/** Field names whose values never reach the audit trail, only the fact that they changed. */
const SENSITIVE = /^(password|newPassword|currentPassword)$|passwordHash|secret|token|hash$|ssn|medicaid|identifier/i;

export const REDACTED = '[redacted]';

export type FieldChanges = Record<string, { from?: unknown; to?: unknown }>;

export function redact(changes: FieldChanges): FieldChanges {
  return Object.fromEntries(
    Object.entries(changes).map(([field, change]) =>
      SENSITIVE.test(field) ? [field, { ...('from' in change ? { from: REDACTED } : {}), ...('to' in change ? { to: REDACTED } : {}) }] : [field, change],
    ),
  );
}
