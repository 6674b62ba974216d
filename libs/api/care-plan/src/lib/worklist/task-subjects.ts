import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EnrollmentFacts } from '@waymark/api/client';
import { BadInputError, NotFoundError, RequestContext } from '@waymark/api/common';
import { TaskSubject } from '@waymark/shared/types';

/** The care-plan tables a subject of that type lives in. */
const CARE_PLAN_TABLES: Partial<Record<TaskSubject, { table: string; label: string }>> = {
  [TaskSubject.CARE_PLAN]: { table: 'care_plan', label: 'Care plan' },
  [TaskSubject.ASSESSMENT]: { table: 'assessment', label: 'Assessment' },
};

/**
 * The record a hand-written task concerns must be one of its client's: a task never points
 * at another client's (or agency's) record.
 */
@Injectable()
export class TaskSubjects {
  constructor(
    private readonly enrollments: EnrollmentFacts,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  async require(subjectType: TaskSubject, subjectId: string, clientId: string | null): Promise<void> {
    if (!clientId) {
      throw new BadInputError('A task about a record names the client it belongs to.', [{ field: 'clientId', message: 'required with a subject' }]);
    }
    if ((await this.clientOf(subjectType, subjectId)) !== clientId) {
      throw new BadInputError('The record is not one of this client’s.', [{ field: 'subjectId', message: 'not a record of the client' }]);
    }
  }

  private async clientOf(subjectType: TaskSubject, subjectId: string): Promise<string> {
    if (subjectType === TaskSubject.CLIENT) return subjectId;
    if (subjectType === TaskSubject.ENROLLMENT) return (await this.enrollments.require(subjectId, 'read', 'subjectId')).clientId;
    const source = CARE_PLAN_TABLES[subjectType];
    // Referrals are not kept on Waymark yet, so no referral id names a record.
    if (!source) throw new NotFoundError('Referral');
    const [row] = await this.txHost.tx.query(`SELECT client_id FROM ${source.table} WHERE agency_id = $1 AND id = $2`, [this.context.agencyId, subjectId]);
    if (!row) throw new NotFoundError(source.label);
    return row.client_id;
  }
}
