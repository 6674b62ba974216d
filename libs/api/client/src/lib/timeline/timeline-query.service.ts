import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { TenantScope } from '@waymark/api/database';
import { RequestContext } from '@waymark/api/common';
import { AuditAction, DocumentOwnerType, FUND_READER_ROLES, TimelineKind } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { DOCUMENT_SOURCE_TYPE } from '../document/document-upload.service';
import type { ClientTimelineArgs } from './dto/client-timeline.args';
import { newestFirst } from '../shared/newest-first';
import { TimelineEntryEntity } from './timeline-entry.entity';
import { TimelineEntryConnection, TimelineEntryModel } from './timeline-entry.model';

/**
 * Reading a client's story: everything that happened to them, newest first, in one list. Those
 * who do not read funds see nothing of the fund: no request's steps, no receipt's upload.
 */
@Injectable()
export class TimelineQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async list({ clientId, first, after, kinds }: ClientTimelineArgs): Promise<TimelineEntryConnection> {
    await this.access.require(clientId, 'read');
    const query = this.tenant.repository(TimelineEntryEntity).createQueryBuilder('t').andWhere('t.client_id = :clientId', { clientId });
    if (kinds?.length) query.andWhere('t.kind IN (:...kinds)', { kinds });
    if (!FUND_READER_ROLES.includes(this.context.requirePrincipal().role)) {
      query.andWhere('t.kind <> :fundKind', { fundKind: TimelineKind.FUND_REQUEST });
      query.andWhere(
        `NOT EXISTS (SELECT 1 FROM document d WHERE d.agency_id = t.agency_id AND d.id = t.source_id AND t.source_type = :documentSource AND d.owner_type = :fundOwner)`,
        { documentSource: DOCUMENT_SOURCE_TYPE, fundOwner: DocumentOwnerType.FUND_REQUEST },
      );
    }
    newestFirst.after(query, 't.occurred_at', 't.id', after);
    const { rows, ...connection } = await newestFirst.page(query, 't.occurred_at', 't.id', first, TimelineEntryModel.from);
    this.audit.recordRead({ action: AuditAction.READ, entityType: 'ClientTimeline', entityId: clientId, clientId, changes: { entries: { to: rows.length } } });
    return connection;
  }
}
