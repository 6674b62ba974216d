import { Injectable } from '@nestjs/common';
import { decodeCursor, isDigits, type PageArgs, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction } from '@waymark/shared/types';
import type { AuditChainReportModel } from './audit-chain-report.model';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventModel } from './audit-event.model';
import { AuditTrail } from './audit-trail.service';
import { AuditVerifier } from './audit-verifier.service';

/** What admins and auditors ask of their agency's trail. */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly verifier: AuditVerifier,
    private readonly trail: AuditTrail,
    private readonly context: RequestContext,
  ) {}

  async list({ first, after }: PageArgs) {
    const query = this.tenant.repository(AuditEventEntity).createQueryBuilder('e').orderBy('e.id', 'DESC').take(first + 1);
    if (after) query.andWhere('e.id < :after', { after: decodeCursor(after, [isDigits])[0] });
    const rows = await query.getMany();
    this.trail.recordRead({ action: AuditAction.READ, entityType: 'AuditTrail', changes: { rows: { to: Math.min(rows.length, first) } } });
    return toConnection(rows, first, AuditEventModel.from, (row) => [row.id]);
  }

  async verifyChain(): Promise<AuditChainReportModel> {
    const report = await this.verifier.verify(this.context.agencyId);
    this.trail.recordRead({
      action: AuditAction.VERIFY,
      entityType: 'AuditTrail',
      changes: { intact: { to: report.intact }, firstBrokenEventId: { to: report.firstBrokenEventId } },
    });
    return { ...report, checkedAt: new Date() };
  }
}
