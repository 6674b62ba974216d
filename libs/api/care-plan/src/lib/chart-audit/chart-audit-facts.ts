import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ChartFacts, EnrollmentFacts, type SampledChart } from '@waymark/api/client';
import { RequestContext } from '@waymark/api/common';
import { ReferralFacts } from '@waymark/api/referral';
import { AssessmentStatus, assessmentDueOn, CarePlanStatus, planDueOn } from '@waymark/shared/types';
import type { ChartEvidence } from './checks';

interface AssessmentRow {
  clientId: string;
  enrollmentId: string | null;
  instrumentCode: string;
  instrumentName: string;
  completedOn: string;
  nextDueOn: string | null;
}

interface PlanRow {
  enrollmentId: string;
  approvedOn: string;
  acknowledgedOn: string | null;
  reviewDueOn: string | null;
}

/** The day a chart is judged as of: the audit's day, or the day the enrollment closed if that came first. */
export const judgedOn = (chart: Pick<SampledChart, 'closedOn'>, asOf: string): string => (chart.closedOn && chart.closedOn < asOf ? chart.closedOn : asOf);

/**
 * Reads what the automatic checks judge, for every sampled chart at once: a fixed number of
 * statements however many charts (the care-plan tables here; programs, notes and consents
 * through the client context's EnrollmentFacts and ChartFacts; referrals through the referral
 * context's ReferralFacts). Each chart is judged as of its own day (judgedOn): records
 * written after it do not count.
 */
@Injectable()
export class ChartAuditFacts {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly chartFacts: ChartFacts,
    private readonly enrollments: EnrollmentFacts,
    private readonly referralFacts: ReferralFacts,
  ) {}

  /** Each chart's evidence, by enrollment id. */
  async of(charts: readonly SampledChart[], window: { from: string; asOf: string; now: Date }): Promise<Map<string, ChartEvidence>> {
    const enrollmentIds = charts.map((c) => c.enrollmentId);
    const days = charts.map((c) => judgedOn(c, window.asOf));
    const clientIds = [...new Set(charts.map((c) => c.clientId))];
    // One after another: inside a transaction the statements share one connection.
    const programs = new Map((await this.enrollments.programs([...new Set(charts.map((c) => c.programId))])).map((p) => [p.id, p]));
    const assessments = await this.assessments(clientIds, window.asOf);
    const plans = new Map((await this.plansInForce(enrollmentIds, days)).map((p) => [p.enrollmentId, p]));
    const notes = await this.chartFacts.notes(enrollmentIds, window.from, window.asOf);
    const lateEntryDays = await this.chartFacts.lateEntryDays();
    const referrals = await this.referralFacts.forEnrollments(enrollmentIds, window.asOf);
    const consentIds = [...new Set(referrals.flatMap((r) => (r.consentId ? [r.consentId] : [])))];
    const consents = new Map((await this.chartFacts.consents(consentIds)).map((c) => [c.id, c]));
    return new Map(
      charts.map((chart, i) => {
        const asOf = days[i];
        const rules = programs.get(chart.programId)?.rules;
        const known = assessments.filter((a) => a.clientId === chart.clientId && a.completedOn <= asOf);
        const firstAssessmentOn = known.filter((a) => a.enrollmentId === chart.enrollmentId).reduce<string | null>((first, a) => (!first || a.completedOn < first ? a.completedOn : first), null);
        const plan = plans.get(chart.enrollmentId);
        const evidence: ChartEvidence = {
          asOf,
          judgedAt: asOf === window.asOf && window.now.toISOString().slice(0, 10) === asOf ? window.now : new Date(`${asOf}T23:59:59.999Z`),
          from: window.from,
          closedOn: chart.closedOn && chart.closedOn <= window.asOf ? chart.closedOn : null,
          requiredInstruments: rules?.requiredInstruments.map((r) => r.instrumentCode) ?? [],
          firstAssessmentDueOn: rules ? assessmentDueOn(chart.openedOn, rules.deadlines) : null,
          firstPlanDueOn: rules && firstAssessmentOn ? planDueOn(firstAssessmentOn, rules.deadlines) : null,
          assessments: latestPerInstrument(known),
          activePlan: plan ? { approvedOn: plan.approvedOn, acknowledgedOn: plan.acknowledgedOn && plan.acknowledgedOn <= asOf ? plan.acknowledgedOn : null, reviewDueOn: plan.reviewDueOn } : null,
          notes: notes.filter((n) => n.enrollmentId === chart.enrollmentId),
          lateEntryDays,
          referrals: referrals.filter((r) => r.enrollmentId === chart.enrollmentId && r.sentAt && r.sentAt.toISOString().slice(0, 10) <= asOf),
          consents,
        };
        return [chart.enrollmentId, evidence];
      }),
    );
  }

  /** Every completed assessment of the clients up to `asOf` (since superseded ones included: they were current then), latest first. */
  private assessments(clientIds: string[], asOf: string): Promise<AssessmentRow[]> {
    return this.txHost.tx.query(
      `SELECT a.client_id AS "clientId", a.enrollment_id AS "enrollmentId", i.code AS "instrumentCode", i.name AS "instrumentName",
              to_char(a.completed_on, 'YYYY-MM-DD') AS "completedOn", to_char(a.next_due_on, 'YYYY-MM-DD') AS "nextDueOn"
       FROM assessment a JOIN instrument i ON i.agency_id = a.agency_id AND i.id = a.instrument_id
       WHERE a.agency_id = $1 AND a.client_id = ANY($2) AND a.status = ANY($3) AND a.completed_on <= $4
       ORDER BY a.completed_on DESC, a.completed_at DESC`,
      [this.context.agencyId, clientIds, [AssessmentStatus.COMPLETED, AssessmentStatus.SUPERSEDED], asOf],
    );
  }

  /**
   * The plan in force on each enrollment's day: the latest approved by then that was not
   * closed before it (a superseded plan gives way to the later approval that replaced it).
   */
  private plansInForce(enrollmentIds: string[], days: string[]): Promise<PlanRow[]> {
    return this.txHost.tx.query(
      `SELECT DISTINCT ON (p.enrollment_id) p.enrollment_id AS "enrollmentId", to_char(p.approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "approvedOn",
              to_char(p.acknowledged_on, 'YYYY-MM-DD') AS "acknowledgedOn", to_char(p.review_due_on, 'YYYY-MM-DD') AS "reviewDueOn"
       FROM unnest($2::uuid[], $3::date[]) AS j(enrollment_id, day)
       JOIN care_plan p ON p.agency_id = $1 AND p.enrollment_id = j.enrollment_id
       WHERE p.status = ANY($4) AND p.approved_at IS NOT NULL AND (p.approved_at AT TIME ZONE 'UTC')::date <= j.day
         AND (p.closed_at IS NULL OR (p.closed_at AT TIME ZONE 'UTC')::date >= j.day)
       ORDER BY p.enrollment_id, p.approved_at DESC`,
      [this.context.agencyId, enrollmentIds, days, [CarePlanStatus.ACTIVE, CarePlanStatus.SUPERSEDED, CarePlanStatus.CLOSED]],
    );
  }
}

/** The latest of each instrument among assessments listed latest first. */
function latestPerInstrument(rows: AssessmentRow[]): ChartEvidence['assessments'] {
  const latest = new Map<string, ChartEvidence['assessments'][number]>();
  for (const { instrumentCode, instrumentName, completedOn, nextDueOn } of rows) {
    if (!latest.has(instrumentCode)) latest.set(instrumentCode, { instrumentCode, instrumentName, completedOn, nextDueOn });
  }
  return [...latest.values()];
}
