import type { FieldChanges } from '@waymark/api/audit';

const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** The audit trail's `{ from, to }` for each of `fields` a write changed; on a create (no `before`), `{ to }` for each. */
export function diffFields<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const to = plain(after[field]);
    if (!before) changes[field] = { to };
    else if (plain(before[field]) !== to) changes[field] = { from: plain(before[field]), to };
  }
  return changes;
}
