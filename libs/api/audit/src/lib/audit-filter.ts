import { BadInputError } from '@waymark/api/common';
import { EMERGENCY_GRANT_CHANGE, HIGH_SEVERITY_ACTIONS } from '@waymark/shared/types';
import type { SelectQueryBuilder } from 'typeorm';
import type { AuditEventFilter } from './dto/audit-event-filter.input';
import type { AuditEventEntity } from './audit-event.entity';

/**
 * Narrows a query of the trail (aliased `e`, already scoped to the agency) by the filter, in
 * SQL: each field meets an index of migration 062, the time range prunes the months.
 */
export function applyAuditFilter(query: SelectQueryBuilder<AuditEventEntity>, filter: AuditEventFilter | null | undefined): SelectQueryBuilder<AuditEventEntity> {
  if (!filter) return query;
  const { clientId, actorId, actions, entityType, entityId, from, to, highSeverityOnly } = filter;
  if (from && to && from >= to) {
    throw new BadInputError('The time range ends before it starts.', [{ field: 'to', message: 'must be after from' }]);
  }
  if (clientId) query.andWhere('e.client_id = :clientId', { clientId });
  if (actorId) query.andWhere('e.actor_id = :actorId', { actorId });
  if (actions?.length) query.andWhere('e.action IN (:...actions)', { actions });
  if (highSeverityOnly) {
    query.andWhere(`(e.action IN (:...highActions) OR e.changes ->> '${EMERGENCY_GRANT_CHANGE}' IS NOT NULL)`, { highActions: HIGH_SEVERITY_ACTIONS });
  }
  if (entityType?.trim()) query.andWhere('e.entity_type = :entityType', { entityType: entityType.trim() });
  if (entityId?.trim()) query.andWhere('e.entity_id = :entityId', { entityId: entityId.trim() });
  if (from) query.andWhere('e.occurred_at >= :from', { from });
  if (to) query.andWhere('e.occurred_at < :to', { to });
  return query;
}

/** What the filter asked, for the audit record of reading the trail. */
export function filterChanges(filter: AuditEventFilter | null | undefined): Record<string, { to: unknown }> {
  return Object.fromEntries(
    Object.entries(filter ?? {})
      .filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && !value.length))
      .map(([field, value]) => [`filter.${field}`, { to: value instanceof Date ? value.toISOString() : value }]),
  );
}
