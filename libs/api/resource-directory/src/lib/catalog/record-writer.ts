import { Injectable } from '@nestjs/common';
import { AuditTrail, changedFields, createdChanges } from '@waymark/api/audit';
import { ConflictError } from '@waymark/api/common';
import type { TenantEntity, TenantRepository } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import type { QueryDeepPartialEntity } from 'typeorm';

/** How an edit compares a record with what it sends: the values as stored (with the record's lists) and which of them are columns. */
export interface RecordComparison<S extends object> {
  before: S;
  /** What the edit sends; a field left out (undefined) stays. */
  after: Partial<S>;
  fields: readonly (keyof S & string)[];
  columns: readonly (keyof S & string)[];
}

/** The fields of `values` named, as they are (undefined where left out). */
export const pick = <T extends object, K extends keyof T>(values: T, fields: readonly K[]): Pick<T, K> =>
  Object.fromEntries(fields.map((field) => [field, values[field]])) as Pick<T, K>;

/** Writes directory records at the version their editor saw, and audits each change with its fields. */
@Injectable()
export class RecordWriter {
  constructor(private readonly audit: AuditTrail) {}

  /** Audits a new record: each of `fields` that has a value. */
  created<S extends object>(entityType: string, id: string, values: S, fields: readonly (keyof S & string)[]): Promise<void> {
    return this.audit.record({ action: AuditAction.CREATE, entityType, entityId: id, changes: createdChanges(values, fields) });
  }

  /**
   * Writes the changed columns and bumps the version (also when only a list changed), then
   * audits the change. Nothing changed writes nothing, yet a stale version is still a CONFLICT.
   * The caller replaces the changed lists (returned in `changed`) after this.
   */
  async update<R extends TenantEntity, S extends object>(
    repository: TenantRepository<R>,
    stored: R,
    version: number,
    comparison: RecordComparison<S>,
    entityType: string,
    label: string,
  ): Promise<{ row: R; changed: Partial<S> }> {
    const { changed, changes } = changedFields(comparison.before, comparison.after, comparison.fields);
    if (!Object.keys(changes).length) {
      if (stored.version !== version) throw new ConflictError();
      return { row: stored, changed };
    }
    const columns = Object.fromEntries(comparison.columns.filter((field) => field in changed).map((field) => [field, changed[field]]));
    const row = await repository.updateVersioned(stored.id, version, columns as QueryDeepPartialEntity<R>, label);
    await this.audit.record({ action: AuditAction.UPDATE, entityType, entityId: row.id, changes });
    return { row, changed };
  }
}
