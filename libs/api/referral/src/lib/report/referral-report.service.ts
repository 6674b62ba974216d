import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ReportScope } from '@waymark/api/client';
import type { ReportFilterInput } from '@waymark/api/common';
import { OPEN_REFERRAL_STATUSES, ReferralOutcome, ReferralStatus } from '@waymark/shared/types';
import type { ReferralReportCategory, ReferralReportCounts, ReferralReportModel } from './referral-report.model';

/** The counts of a group of referrals `r` (the statuses and outcomes in parameters $6 to $13). */
const COUNTS = `count(*)::int AS sent, count(*) FILTER (WHERE r.status = ANY($6))::int AS open, count(*) FILTER (WHERE r.status = $7)::int AS completed,
  count(*) FILTER (WHERE r.status = $7 AND r.outcome = $8)::int AS "needMet", count(*) FILTER (WHERE r.status = $7 AND r.outcome = $9)::int AS "partlyMet",
  count(*) FILTER (WHERE r.status = $7 AND r.outcome = $10)::int AS "notMet", count(*) FILTER (WHERE r.status = $11)::int AS declined,
  count(*) FILTER (WHERE r.status = $12)::int AS cancelled, count(*) FILTER (WHERE r.status = $13)::int AS expired,
  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY r.days) FILTER (WHERE r.status = $7))::numeric, 1)::float AS "medianDaysToService",
  round((avg(r.days) FILTER (WHERE r.status = $7))::numeric, 1)::float AS "averageDaysToService"`;

/** The referral context's statistical report: referrals by category, outcome and time to service, counted in SQL. */
@Injectable()
export class ReferralReportService {
  constructor(
    private readonly scope: ReportScope,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /**
   * One statement: the period's sent referrals once (the totals), and again under each need they
   * name (the categories). Days to service run from sending to the appointment the client kept,
   * or to the completion when no appointment was recorded; the period is cut at UTC midnight.
   */
  async referrals(filter: ReportFilterInput): Promise<ReferralReportModel> {
    const params = await this.scope.open('REFERRALS', filter);
    const rows: (ReferralReportCategory & { total: boolean })[] = await this.txHost.tx.query(
      `WITH sent AS (
         SELECT s.status, s.outcome, s.needs, extract(epoch FROM coalesce(s.appointment_at, s.closed_at) - s.sent_at) / 86400 AS days
         FROM referral s
         WHERE s.agency_id = $1 AND s.sent_at >= $2::date::timestamp AT TIME ZONE 'UTC' AND s.sent_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
           AND ($5::uuid IS NULL OR s.sent_by = $5) AND ${this.scope.inProgram('s.enrollment_id', '$1', '$4')}
       )
       SELECT true AS total, NULL AS category, ${COUNTS} FROM sent r
       UNION ALL
       SELECT false, c.need, ${COUNTS}
       FROM sent r CROSS JOIN LATERAL unnest(CASE WHEN cardinality(r.needs) > 0 THEN r.needs ELSE ARRAY[NULL]::text[] END) AS c(need)
       GROUP BY c.need`,
      [
        params.agencyId,
        params.from,
        params.to,
        params.programId,
        params.workerId,
        OPEN_REFERRAL_STATUSES,
        ReferralStatus.COMPLETED,
        ReferralOutcome.NEED_MET,
        ReferralOutcome.PARTLY_MET,
        ReferralOutcome.NOT_MET,
        ReferralStatus.DECLINED,
        ReferralStatus.CANCELLED,
        ReferralStatus.EXPIRED,
      ],
    );
    const [totals] = rows.filter((row) => row.total).map(({ total: _total, category: _category, ...counts }): ReferralReportCounts => counts);
    const categories = rows
      .filter((row) => !row.total)
      .map(({ total: _total, ...row }) => row)
      .sort((a, b) => b.sent - a.sent || (a.category ?? '\uffff').localeCompare(b.category ?? '\uffff'));
    return { categories, totals };
  }
}
