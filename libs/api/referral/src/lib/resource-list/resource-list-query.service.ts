import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate } from '@waymark/api/client';
import { decodeCursor, isUuid, NotFoundError, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import type { ResourceListsArgs } from './dto/resource-lists.args';
import { RESOURCE_LIST } from './resource-list-lines';
import { ResourceListEntity } from './resource-list.entity';
import { type ResourceListConnection, ResourceListModel } from './resource-list.model';

/** An instant as a cursor keeps it: ISO text to the microsecond, as PostgreSQL stores it. */
const isInstantText = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value);
const CREATED_TEXT = `to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Reading resource lists; every list shown is an audited read of its client's record. */
@Injectable()
export class ResourceListQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly audit: AuditTrail,
  ) {}

  private get lists() {
    return this.tenant.repository(ResourceListEntity);
  }

  /** A list of the agency's, once the caller may read its client. */
  async one(id: string): Promise<ResourceListModel> {
    const list = await this.lists.findOneBy({ id });
    if (!list) throw new NotFoundError('Resource list');
    await this.gate.require(list.clientId, 'read');
    this.recordReads([list]);
    return ResourceListModel.from(list);
  }

  /** A client's lists, newest first, as keyset pages. */
  async forClient({ clientId, first, after }: ResourceListsArgs): Promise<ResourceListConnection> {
    await this.gate.require(clientId, 'read');
    const query = this.lists.createQueryBuilder('l').andWhere('l.clientId = :clientId', { clientId });
    if (after) {
      const [at, id] = decodeCursor(after, [isInstantText, isUuid]);
      query.andWhere('(l.created_at, l.id) < (:at::timestamptz, :id::uuid)', { at, id });
    }
    const { entities, raw } = await query
      .addSelect(CREATED_TEXT, 'cursor_at')
      .orderBy('l.created_at', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(first + 1)
      .getRawAndEntities<{ cursor_at: string }>();
    this.recordReads(entities.slice(0, first));
    const rows = entities.map((list, i) => ({ list, at: raw[i].cursor_at }));
    return toConnection(rows, first, (row) => ResourceListModel.from(row.list), (row) => [row.at, row.list.id]);
  }

  private recordReads(lists: ResourceListEntity[]): void {
    if (!lists.length) return;
    this.audit.recordRead(...lists.map((list) => ({ action: AuditAction.READ, entityType: RESOURCE_LIST, entityId: list.id, clientId: list.clientId })));
  }
}
