import { Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { AuditTrail } from '@waymark/api/audit';
import { BadInputError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, CLIENT_STATUS_TRANSITIONS, ClientStatus, ErrorReason, TimelineKind } from '@waymark/shared/types';
import { ClientAccess } from '../access/client-access.service';
import { EnrollmentEntity } from '../program/entities/enrollment.entity';
import { ProgramEntity } from '../program/entities/program.entity';
import { timelineLine } from '../timeline/timeline-lines';
import { TimelineService } from '../timeline/timeline.service';
import { ClientStatusChangeEntity } from './client-status-change.entity';
import { ClientEntity } from './client.entity';
import { ClientModel } from './client.model';
import type { ChangeClientStatusInput } from './dto/change-client-status.input';

/** Statuses that end services. */
const LEAVING_SERVICES: readonly ClientStatus[] = [ClientStatus.DISCHARGED, ClientStatus.CLOSED];

/** Moves a client through CLIENT_STATUS_TRANSITIONS, keeping each move as history and on the timeline. */
@Injectable()
export class ClientStatusService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly access: ClientAccess,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  @Transactional()
  async change({ clientId, version, status, reason }: ChangeClientStatusInput): Promise<ClientModel> {
    const before = await this.access.require(clientId, 'write');
    const allowed = CLIENT_STATUS_TRANSITIONS[before.status];
    if (!allowed.includes(status)) {
      throw new BadInputError(
        `A client in ${before.status} cannot move to ${status}. Allowed next: ${allowed.join(', ')}.`,
        [{ field: 'status', message: 'illegal transition' }],
        ErrorReason.ILLEGAL_TRANSITION,
      );
    }
    if (LEAVING_SERVICES.includes(status)) await this.refuseLeaving(before, status, reason);
    const client = await this.tenant.repository(ClientEntity).updateVersioned(clientId, version, { status }, 'Client');
    await this.record(client, before.status, reason ?? null);
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: 'Client',
      entityId: clientId,
      clientId,
      changes: { status: { from: before.status, to: status } },
      ...(reason ? { reason } : {}),
    });
    return ClientModel.from(client);
  }

  /** A client leaves services for a stated reason, and only once each of their programs has been closed with its own. */
  private async refuseLeaving(client: ClientEntity, status: ClientStatus, reason: string | null | undefined): Promise<void> {
    const word = status.toLowerCase();
    if (!reason?.trim()) throw new BadInputError(`Say why the client is ${word}.`, [{ field: 'reason', message: `required when the client is ${word}` }]);
    const open = await this.tenant
      .repository(EnrollmentEntity)
      .createQueryBuilder('e')
      .innerJoin(ProgramEntity, 'p', 'p.agency_id = e.agency_id AND p.id = e.program_id')
      .select('p.name', 'name')
      .andWhere('e.client_id = :clientId AND e.closed_on IS NULL', { clientId: client.id })
      .orderBy('p.name')
      .getRawMany<{ name: string }>();
    if (open.length) {
      const names = open.map((program) => program.name).join(', ');
      throw new BadInputError(`Close the client's open enrollments first (${names}); then the client can be ${word}.`, [
        { field: 'status', message: `open enrollments: ${names}` },
      ]);
    }
  }

  /** Keeps the move (or, with `from` null, the status a client was taken in with) as history, and on the timeline. */
  async record(client: ClientEntity, from: ClientStatus | null, reason: string | null): Promise<void> {
    const changes = this.tenant.repository(ClientStatusChangeEntity);
    const change = await changes.save(
      changes.create({ clientId: client.id, fromStatus: from, toStatus: client.status, reason, changedBy: this.context.requirePrincipal().id, changedAt: new Date() }),
    );
    if (from === null) {
      const summary = timelineLine.intake(client.status, client.clientNumber);
      await this.timeline.add({ clientId: client.id, occurredAt: change.changedAt, kind: TimelineKind.INTAKE, sourceType: 'Client', sourceId: client.id, summary });
      return;
    }
    await this.timeline.add({
      clientId: client.id,
      occurredAt: change.changedAt,
      kind: TimelineKind.STATUS_CHANGE,
      sourceType: 'ClientStatusChange',
      sourceId: change.id,
      summary: timelineLine.statusChange(from, client.status),
    });
  }
}
