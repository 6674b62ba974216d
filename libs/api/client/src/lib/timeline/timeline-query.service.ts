import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import type { ClientTimelineArgs } from './dto/client-timeline.args';
import { newestFirst } from '../shared/newest-first';
import { TimelineEntryEntity } from './timeline-entry.entity';
import { TimelineEntryConnection, TimelineEntryModel } from './timeline-entry.model';

/** Reading a client's story: everything that happened to them, newest first, in one list. */
@Injectable()
export class TimelineQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
  ) {}

  async list({ clientId, first, after, kinds }: ClientTimelineArgs): Promise<TimelineEntryConnection> {
    await this.access.require(clientId, 'read');
    const query = this.tenant.repository(TimelineEntryEntity).createQueryBuilder('t').andWhere('t.client_id = :clientId', { clientId });
    if (kinds?.length) query.andWhere('t.kind IN (:...kinds)', { kinds });
    newestFirst.after(query, 't.occurred_at', 't.id', after);
    const { rows, ...connection } = await newestFirst.page(query, 't.occurred_at', 't.id', first, TimelineEntryModel.from);
    this.audit.recordRead({ action: AuditAction.READ, entityType: 'ClientTimeline', entityId: clientId, clientId, changes: { entries: { to: rows.length } } });
    return connection;
  }
}
