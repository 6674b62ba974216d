import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import { BadInputError, ConflictError, NotFoundError, RequestContext } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, canChangeFundRequestStatus, ErrorReason, type FundRequestStatus, TimelineKind } from '@waymark/shared/types';
import type { QueryDeepPartialEntity } from 'typeorm';
import { TimelineService } from '../timeline/timeline.service';
import { FundRequestEntity } from './fund-request.entity';

export const FUND_REQUEST_SOURCE_TYPE = 'FundRequest';

/**
 * Fund requests as rows: found in the caller's agency, moved from one status to the next by
 * an update conditional on both the status and the version, so of two moves at once (two
 * payments of one request) one wins and the other is refused, whatever each read before.
 */
@Injectable()
export class FundRequestStore {
  constructor(
    private readonly tenant: TenantScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly timeline: TimelineService,
    private readonly audit: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  get requests() {
    return this.tenant.repository(FundRequestEntity);
  }

  async mustFind(id: string): Promise<FundRequestEntity> {
    const request = await this.requests.findOneBy({ id });
    if (!request) throw new NotFoundError('Fund request');
    return request;
  }

  /** Refuses a move the status machine does not allow from where the request stands. */
  requireMove(request: FundRequestEntity, to: FundRequestStatus): void {
    if (!canChangeFundRequestStatus(request.status, to)) {
      throw new BadInputError(`A ${request.status.toLowerCase()} request cannot become ${to.toLowerCase()}.`, [{ field: 'requestId', message: `is ${request.status.toLowerCase()}` }], ErrorReason.ILLEGAL_TRANSITION);
    }
  }

  /**
   * Moves the request from the status it was read in to `to` (or keeps it there when `to` is
   * that status: a receipt added) if it is still at `version`. Whoever lost a race learns why.
   */
  async move(before: FundRequestEntity, version: number, to: FundRequestStatus, patch: QueryDeepPartialEntity<FundRequestEntity> = {}): Promise<FundRequestEntity> {
    if (to !== before.status) this.requireMove(before, to);
    const result = await this.txHost.tx
      .getRepository(FundRequestEntity)
      .createQueryBuilder()
      .update()
      .set({ ...patch, status: to, version: () => 'version + 1' })
      .where('id = :id AND agency_id = :agencyId AND version = :version AND status = :from', { id: before.id, agencyId: this.context.agencyId, version, from: before.status })
      .execute();
    const after = await this.mustFind(before.id);
    if (result.affected) return after;
    if (after.status !== before.status && to !== before.status) this.requireMove(after, to);
    throw new ConflictError();
  }

  /** A step's line on the client's timeline and its audit event. */
  async recordStep(request: FundRequestEntity, action: AuditAction, changes: FieldChanges, line: string, at: Date = new Date()): Promise<void> {
    await this.timeline.add({ clientId: request.clientId, occurredAt: at, kind: TimelineKind.FUND_REQUEST, sourceType: FUND_REQUEST_SOURCE_TYPE, sourceId: request.id, summary: line });
    await this.audit.record({ action, entityType: FUND_REQUEST_SOURCE_TYPE, entityId: request.id, clientId: request.clientId, changes });
  }
}
