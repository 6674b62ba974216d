import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@waymark/api/audit';
import { ClientGate } from '@waymark/api/client';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, inRecordedOrder, summarizeProgress } from '@waymark/shared/types';
import { CarePlanReader } from '../plan/care-plan-reader';
import type { GoalProgressModel } from './goal-progress.model';
import { ProgressEntryEntity } from './progress-entry.entity';
import { ProgressEntryModel } from './progress-entry.model';
import { PROGRESS_ENTRY } from './progress.service';

/** A client's progress over time, goal by goal across every version of their plans. */
@Injectable()
export class ProgressQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly gate: ClientGate,
    private readonly plans: CarePlanReader,
    private readonly audit: AuditTrail,
  ) {}

  /** Each goal the client's plans have had (worded as its latest version), with its entries oldest first. */
  async forClient(clientId: string): Promise<GoalProgressModel[]> {
    await this.gate.require(clientId, 'read');
    const versions = await this.plans.goalVersions(clientId);
    const entries = inRecordedOrder(await this.tenant.repository(ProgressEntryEntity).find({ where: { clientId } }));
    this.audit.recordRead({ action: AuditAction.READ, entityType: PROGRESS_ENTRY, clientId });
    const latest = new Map<string, (typeof versions)[number]>();
    for (const version of versions) if (!latest.has(version.goalKey)) latest.set(version.goalKey, version);
    return [...latest.values()].map((goal) => {
      const own = entries.filter((entry) => entry.goalKey === goal.goalKey);
      return {
        goalKey: goal.goalKey,
        statement: goal.statement,
        domain: goal.domain,
        status: goal.status,
        carePlanId: goal.carePlanId,
        entries: own.map(ProgressEntryModel.from),
        ...summarizeProgress(own),
      };
    });
  }
}
