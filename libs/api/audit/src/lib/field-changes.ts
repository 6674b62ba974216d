import type { FieldChanges } from './redact';
import { ConflictError } from '@waymark/api/common';
import type { TenantEntity, TenantRepository } from '@waymark/api/database';
import type { QueryDeepPartialEntity } from 'typeorm';

/** A value as the audit trail keeps it: an instant as ISO text, nothing missing but null. */
const plain = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

/** Equal as stored: lists and rules by their content, instants by their time. */
const same = (a: unknown, b: unknown) => JSON.stringify(plain(a)) === JSON.stringify(plain(b));

const length = (text: unknown) => (typeof text === 'string' ? text.length : 0);

/**
 * Changes with the free text of `fields` kept by its length only, as `<field>Length`: the
 * record holds the words, and the permanent trail should not copy what a client told their
 * worker into every change. Short identifying fields (names, status, dates) keep from/to.
 */
export function textByLength(changes: FieldChanges, fields: readonly string[]): FieldChanges {
  const kept: FieldChanges = {};
  for (const [field, change] of Object.entries(changes)) {
    if (!fields.includes(field)) kept[field] = change;
    else kept[`${field}Length`] = 'from' in change ? { from: length(change.from), to: length(change.to) } : { to: length(change.to) };
  }
  return kept;
}

/** What a create audits: `{ to }` for each of `fields` that has a value. */
export function createdChanges<T extends object>(created: T, fields: readonly (keyof T & string)[]): FieldChanges {
  return Object.fromEntries(fields.filter((field) => plain(created[field]) !== null).map((field) => [field, { to: plain(created[field]) }]));
}

/**
 * The fields of `patch` that differ from `before` (a field left out of `patch` stays as it is):
 * both what to write and, as `{ from, to }`, what the audit trail records of the change.
 */
export function changedFields<T extends object>(
  before: T,
  patch: Partial<T>,
  fields: readonly (keyof T & string)[],
): { changed: Partial<T>; changes: FieldChanges } {
  const changed: Partial<T> = {};
  const changes: FieldChanges = {};
  for (const field of fields) {
    const to = patch[field];
    if (to === undefined || same(before[field], to)) continue;
    changed[field] = to;
    changes[field] = { from: plain(before[field]), to: plain(to) };
  }
  return { changed, changes };
}

/**
 * Writes the fields of `patch` that differ from `before`, at the version the caller last saw,
 * and returns them as audit changes. With nothing changed nothing is written, yet a stale
 * version is still a CONFLICT: the caller was looking at an old record.
 */
export async function writeChanges<T extends TenantEntity>(
  repository: TenantRepository<T>,
  before: NoInfer<T>,
  version: number,
  patch: NoInfer<Partial<T>>,
  fields: readonly (keyof NoInfer<T> & string)[],
  label: string,
): Promise<{ row: T; changes: FieldChanges }> {
  const { changed, changes } = changedFields(before, patch, fields);
  if (!Object.keys(changes).length) {
    if (before.version !== version) throw new ConflictError();
    return { row: before, changes };
  }
  return { row: await repository.updateVersioned(before.id, version, changed as QueryDeepPartialEntity<T>, label), changes };
}
