import { ConflictError } from '@waymark/api/common';
import { changedFields, type FieldChanges } from '@waymark/api/audit';
import type { TenantEntity, TenantRepository } from '@waymark/api/database';
import type { QueryDeepPartialEntity } from 'typeorm';

/**
 * Compares a record and its lists (`before`) with what an edit sends (`after`, a field left
 * out stays), writes the changed columns at the version the caller saw and bumps the version
 * when only a list changed. Nothing changed writes nothing, yet a stale version is still a
 * CONFLICT. The caller replaces the changed lists (returned in `changed`) after this.
 */
export async function writeRecord<R extends TenantEntity, S extends object>(
  repository: TenantRepository<R>,
  stored: R,
  version: number,
  compare: { before: S; after: Partial<S>; fields: readonly (keyof S & string)[]; columns: readonly (keyof S & keyof R & string)[] },
  label: string,
): Promise<{ row: R; changed: Partial<S>; changes: FieldChanges }> {
  const { changed, changes } = changedFields(compare.before, compare.after, compare.fields);
  if (!Object.keys(changes).length) {
    if (stored.version !== version) throw new ConflictError();
    return { row: stored, changed, changes };
  }
  const columns = Object.fromEntries(compare.columns.filter((field) => field in changed).map((field) => [field, changed[field]]));
  const row = await repository.updateVersioned(stored.id, version, columns as QueryDeepPartialEntity<R>, label);
  return { row, changed, changes };
}
