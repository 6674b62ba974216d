import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import { ActorType, type AuditAction } from '@waymark/shared/types';
import { AuditEventEntity } from './audit-event.entity';
import { type FieldChanges, redact } from './redact';

export interface AuditRecord {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  /** The client whose data was read or written, when there is one. */
  clientId?: string;
  changes?: FieldChanges;
  reason?: string;
  /** Only where nobody is signed in yet (a login); otherwise the caller is taken from the request. */
  actor?: { type: ActorType; id: string | null; agencyId: string | null };
}

/**
 * The one way any context writes to the audit trail. Events are inserted through the current
 * transaction, so they commit or roll back with the change they describe; if the insert
 * fails, so does the request.
 */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  async record(...records: AuditRecord[]): Promise<void> {
    const principal = this.context.principal;
    const rows = records.map((record) => ({
      agencyId: record.actor ? record.actor.agencyId : (principal?.agencyId ?? null),
      actorType: record.actor?.type ?? principal?.actorType ?? ActorType.ANONYMOUS,
      actorId: record.actor ? record.actor.id : (principal?.id ?? null),
      action: record.action,
      entityType: record.entityType ?? null,
      entityId: record.entityId ?? null,
      clientId: record.clientId ?? null,
      changes: record.changes ? redact(record.changes) : null,
      reason: record.reason ?? null,
      requestId: this.context.requestId ?? null,
      ip: this.context.ip ?? null,
      userAgent: this.context.userAgent ?? null,
    }));
    await this.txHost.tx.getRepository(AuditEventEntity).insert(rows);
  }
}
