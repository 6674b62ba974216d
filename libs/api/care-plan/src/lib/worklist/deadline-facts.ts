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

/** What became of each plan of the enrollment, by id: what a task about a plan closes on. */
export type PlanStatuses = ReadonlyMap<string, CarePlanStatus>;

interface FactsRow {
  firstAssessmentOn: string | null;
  renewals: { instrumentCode: string; instrumentName: string; nextDueOn: string | null }[];
  lastApprovedOn: string | null;
  plans: { id: string; status: CarePlanStatus; reviewDueOn: string | null; submittedAt: string | null }[];
  received: string[];
}

/**
 * Reads the assessments, plans and person-directed plans of an enrollment in one SQL
 * statement (the tables are this context's own), inside the caller's transaction so a change
 * that is being made is already seen: every reconcile asks it, within each change's round trips.
 */
@Injectable()
export class DeadlineFacts {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
  ) {}

  async of(enrollmentId: string, clientId: string): Promise<{ progress: EnrollmentProgress; planStatuses: PlanStatuses }> {
    const [row] = await this.txHost.tx.query<FactsRow[]>(
      `SELECT
         (SELECT to_char(min(completed_on), 'YYYY-MM-DD') FROM assessment
           WHERE agency_id = $1 AND enrollment_id = $2 AND status = ANY($4)) AS "firstAssessmentOn",
         (SELECT coalesce(json_agg(renewal), '[]') FROM (
           SELECT DISTINCT ON (i.code) i.code AS "instrumentCode", i.name AS "instrumentName", to_char(a.next_due_on, 'YYYY-MM-DD') AS "nextDueOn"
           FROM assessment a JOIN instrument i ON i.agency_id = a.agency_id AND i.id = a.instrument_id
           WHERE a.agency_id = $1 AND a.client_id = $3 AND a.status = $5
           ORDER BY i.code, a.completed_on DESC, a.completed_at DESC) renewal) AS renewals,
         (SELECT to_char(max(approved_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM care_plan
           WHERE agency_id = $1 AND enrollment_id = $2 AND approved_at IS NOT NULL) AS "lastApprovedOn",
         (SELECT coalesce(json_agg(json_build_object('id', id, 'status', status, 'reviewDueOn', to_char(review_due_on, 'YYYY-MM-DD'), 'submittedAt', submitted_at)), '[]')
           FROM care_plan WHERE agency_id = $1 AND enrollment_id = $2) AS plans,
         (SELECT coalesce(json_agg(DISTINCT to_char(received_on, 'YYYY-MM-DD')), '[]') FROM person_directed_plan
           WHERE agency_id = $1 AND enrollment_id = $2) AS received`,
      [this.context.agencyId, enrollmentId, clientId, [AssessmentStatus.COMPLETED, AssessmentStatus.SUPERSEDED], AssessmentStatus.COMPLETED],
    );
    const active = row.plans.find((plan) => plan.status === CarePlanStatus.ACTIVE);
    const progress: EnrollmentProgress = {
      firstAssessmentOn: row.firstAssessmentOn,
      renewals: row.renewals.filter((renewal): renewal is EnrollmentProgress['renewals'][number] => renewal.nextDueOn !== null),
      lastApprovedOn: row.lastApprovedOn,
      activePlan: active ? { id: active.id, reviewDueOn: active.reviewDueOn } : null,
      pendingPlans: row.plans
        .filter((plan) => plan.status === CarePlanStatus.PENDING_APPROVAL && plan.submittedAt)
        .map((plan) => ({ id: plan.id, submittedAt: new Date(plan.submittedAt as string).toISOString() })),
      personDirectedPlansReceivedOn: row.received,
    };
    return { progress, planStatuses: new Map(row.plans.map((plan) => [plan.id, plan.status])) };
  }
}
