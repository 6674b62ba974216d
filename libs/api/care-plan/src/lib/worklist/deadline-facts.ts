import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { RequestContext } from '@waymark/api/common';
import { AssessmentStatus, CarePlanStatus } from '@waymark/shared/types';

/** What the care-plan records say of one enrollment that its deadlines count from. */
export interface EnrollmentProgress {
  /** The day of the first completed assessment of the enrollment (corrections count). */
  firstAssessmentOn: string | null;
  /** The latest completed assessment's next due date for each instrument code of the client, and that instrument's name. */
  renewals: { instrumentCode: string; instrumentName: string; nextDueOn: string }[];
  /** The day the last plan of the enrollment was approved. */
  lastApprovedOn: string | null;
  activePlan: { id: string; reviewDueOn: string | null } | null;
  pendingPlans: { id: string; submittedAt: string }[];
  personDirectedPlansReceivedOn: string[];
}

/**
 * Reads the assessments, plans and person-directed plans of an enrollment in a few SQL
 * queries (the tables are this context's own), inside the caller's transaction so a change
 * that is being made is already seen.
 */
@Injectable()
export class DeadlineFacts {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.txHost.tx.query(sql, [this.context.agencyId, ...params]);
  }

  /** Every plan of the enrollment by id: what became of the plan a task concerned. */
  async planStatuses(enrollmentId: string): Promise<Map<string, CarePlanStatus>> {
    const plans = await this.query<{ id: string; status: CarePlanStatus }>(`SELECT id, status FROM care_plan WHERE agency_id = $1 AND enrollment_id = $2`, [enrollmentId]);
    return new Map(plans.map((plan) => [plan.id, plan.status]));
  }

  async of(enrollmentId: string, clientId: string): Promise<EnrollmentProgress> {
    const completed = [AssessmentStatus.COMPLETED, AssessmentStatus.SUPERSEDED];
    // One after another: they share the transaction's connection.
    const [first] = await this.query<{ on: string | null }>(
      `SELECT to_char(min(completed_on), 'YYYY-MM-DD') AS "on" FROM assessment
       WHERE agency_id = $1 AND enrollment_id = $2 AND status = ANY($3)`,
      [enrollmentId, completed],
    );
    const renewals = await this.query<{ instrumentCode: string; instrumentName: string; nextDueOn: string }>(
      `SELECT DISTINCT ON (i.code) i.code AS "instrumentCode", i.name AS "instrumentName", to_char(a.next_due_on, 'YYYY-MM-DD') AS "nextDueOn"
       FROM assessment a JOIN instrument i ON i.agency_id = a.agency_id AND i.id = a.instrument_id
       WHERE a.agency_id = $1 AND a.client_id = $2 AND a.status = $3
       ORDER BY i.code, a.completed_on DESC, a.completed_at DESC`,
      [clientId, AssessmentStatus.COMPLETED],
    );
    const [approved] = await this.query<{ on: string | null }>(
      `SELECT to_char(max(approved_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "on" FROM care_plan
       WHERE agency_id = $1 AND enrollment_id = $2 AND approved_at IS NOT NULL`,
      [enrollmentId],
    );
    const plans = await this.query<{ id: string; status: string; reviewDueOn: string | null; submittedAt: Date | null }>(
      `SELECT id, status, to_char(review_due_on, 'YYYY-MM-DD') AS "reviewDueOn", submitted_at AS "submittedAt" FROM care_plan
       WHERE agency_id = $1 AND enrollment_id = $2 AND status = ANY($3)`,
      [enrollmentId, [CarePlanStatus.ACTIVE, CarePlanStatus.PENDING_APPROVAL]],
    );
    const received = await this.query<{ on: string }>(
      `SELECT DISTINCT to_char(received_on, 'YYYY-MM-DD') AS "on" FROM person_directed_plan WHERE agency_id = $1 AND enrollment_id = $2`,
      [enrollmentId],
    );
    const active = plans.find((plan) => plan.status === CarePlanStatus.ACTIVE);
    return {
      firstAssessmentOn: first?.on ?? null,
      renewals: renewals.filter((renewal) => renewal.nextDueOn),
      lastApprovedOn: approved?.on ?? null,
      activePlan: active ? { id: active.id, reviewDueOn: active.reviewDueOn } : null,
      pendingPlans: plans
        .filter((plan) => plan.status === CarePlanStatus.PENDING_APPROVAL && plan.submittedAt)
        .map((plan) => ({ id: plan.id, submittedAt: new Date(plan.submittedAt as Date).toISOString() })),
      personDirectedPlansReceivedOn: received.map((row) => row.on),
    };
  }
}
