import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { decodeCursor, isUuid, type PageArgs, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, INCIDENT_SEVERITIES, IncidentStatus } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import type { ClientPageArgs } from '../shared/dto/client-id.args';
import { instantText, isInstant, newestFirst } from '../shared/newest-first';
import { IncidentEntity } from './incident.entity';
import { IncidentConnection, IncidentModel } from './incident.model';

/** 1 for LOW up to 4 for CRITICAL, as SQL. */
const SEVERITY_RANK = `array_position(ARRAY[${INCIDENT_SEVERITIES.map((s) => `'${s}'`).join(', ')}]::text[], i.severity)`;

const isRank = (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= INCIDENT_SEVERITIES.length;

/** Reading incident reports; every report shown is an audited read of its client's record. */
@Injectable()
export class IncidentQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly audit: AuditTrail,
  ) {}

  private get incidents() {
    return this.tenant.repository(IncidentEntity);
  }

  /** A client's incidents, most recent first. */
  async forClient({ clientId, first, after }: ClientPageArgs): Promise<IncidentConnection> {
    await this.access.require(clientId, 'read');
    const query = this.incidents.createQueryBuilder('i').andWhere('i.client_id = :clientId', { clientId });
    const { rows, ...connection } = await newestFirst.countedPage(query, 'i.occurred_at', 'i.id', { first, after }, IncidentModel.from);
    this.recordReads(rows);
    return connection;
  }

  /** The review queue: the most severe first, then the longest waiting. */
  async awaitingReview({ first, after }: PageArgs): Promise<IncidentConnection> {
    const query = this.incidents.createQueryBuilder('i').andWhere('i.status = :reported', { reported: IncidentStatus.REPORTED });
    const totalCount = await query.getCount();
    if (after) {
      const [rank, at, id] = decodeCursor(after, [isRank, isInstant, isUuid]);
      query.andWhere(`(${SEVERITY_RANK} < :rank OR (${SEVERITY_RANK} = :rank AND (i.occurred_at, i.id) > (:at::timestamptz, :id::uuid)))`, { rank, at, id });
    }
    const { entities, raw } = await query
      .addSelect(SEVERITY_RANK, 'severity_rank')
      .addSelect(instantText('i.occurred_at'), 'occurred_at_text')
      .orderBy('severity_rank', 'DESC')
      .addOrderBy('i.occurred_at', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(first + 1)
      .getRawAndEntities();
    const rows = entities.map((incident, i) => ({ incident, rank: Number(raw[i].severity_rank), at: raw[i].occurred_at_text as string }));
    this.recordReads(entities.slice(0, first));
    return { ...toConnection(rows, first, (r) => IncidentModel.from(r.incident), (r) => [r.rank, r.at, r.incident.id]), totalCount };
  }

  private recordReads(incidents: IncidentEntity[]): void {
    if (!incidents.length) return;
    this.audit.recordRead(
      ...incidents.map((incident) => ({ action: AuditAction.READ, entityType: 'Incident', entityId: incident.id, clientId: incident.clientId })),
    );
  }
}
