import type { AuditRecord } from '@waymark/api/audit';
import { isUuid } from '@waymark/api/common';
import { AuditAction } from '@waymark/shared/types';
import { type GraphQLResolveInfo, getNamedType } from 'graphql';
import type { CreatedRecord, StoredResponse } from './idempotency-store';

/**
 * A replay hands the caller the record it created once more: a read of (possibly) client
 * data, so it is audited as one. It names the record and its client as the first request's
 * CREATE event did (kept with the key), whatever the answer selected; for a key stored without
 * one, from the ids the answer selected. It writes nothing, so no second CREATE is recorded.
 */
export function replayRead(info: GraphQLResolveInfo, response: StoredResponse, created: CreatedRecord): AuditRecord {
  const reason = 'Idempotency-Key replay';
  if (created.entityType) {
    return { action: AuditAction.READ, entityType: created.entityType, entityId: created.entityId ?? undefined, clientId: created.clientId ?? undefined, reason };
  }
  const entityType = getNamedType(info.returnType).name;
  const [record] = Object.values(response.data ?? {}) as (Record<string, unknown> | null)[];
  const id = isUuid(record?.['id']) ? record['id'] : undefined;
  const clientId = isUuid(record?.['clientId']) ? record['clientId'] : entityType === 'Client' ? id : undefined;
  return { action: AuditAction.READ, entityType, entityId: id, clientId, reason };
}
