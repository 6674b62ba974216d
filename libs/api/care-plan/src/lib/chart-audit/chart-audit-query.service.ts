import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { EnrollmentFacts } from '@waymark/api/client';
import { decodeCursor, ForbiddenError, isUuid, NotFoundError, RequestContext, toConnection } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, CHART_AUDIT_READER_ROLES, TaskStatus } from '@waymark/shared/types';
import { ChartAuditChecklist } from './chart-audit-checklist.service';
import { compliance } from './chart-audit-compliance';
import { AUDITED_CHART, CHART_AUDIT } from './chart-audit-records';
import { AuditedChartEntity, ChartAnswerEntity, ChartAuditEntity, CorrectiveActionEntity } from './chart-audit.entity';
import { AuditedChartModel, ChartAnswerModel, type ChartAuditConnection, ChartAuditModel, type ChartAuditReviewModel, ChecklistItemModel, CorrectiveActionModel } from './chart-audit.model';
import type { ChartAuditsArgs } from './dto/chart-audits.args';

interface SummaryRow {
  id: string;
  chartCount: number;
  answeredCount: number;
  answerCount: number;
}

interface Summaries {
  progress: Map<string, SummaryRow>;
  programs: Map<string, string>;
}

const isInstant = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(value);
const CREATED_TEXT = `to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Reading chart audits: the checklist, the list, and one audit with its charts (each chart shown is an audited read of its client's record). */
@Injectable()
export class ChartAuditQueryService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly context: RequestContext,
    private readonly audit: AuditTrail,
    private readonly checklist: ChartAuditChecklist,
    private readonly enrollments: EnrollmentFacts,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  /** Writes the default checklist the first time an agency without one asks. */
  @Transactional()
  async items(): Promise<ChecklistItemModel[]> {
    return (await this.checklist.items()).map(ChecklistItemModel.from);
  }

  /** The agency's chart audits, latest first, with each one's progress. */
  async list({ quarter, first, after }: ChartAuditsArgs): Promise<ChartAuditConnection> {
    const query = this.tenant.repository(ChartAuditEntity).createQueryBuilder('a');
    if (quarter) query.andWhere('a.quarter = :quarter', { quarter });
    if (after) {
      const [at, id] = decodeCursor(after, [isInstant, isUuid]);
      query.andWhere('(a.created_at, a.id) < (:cursorAt::timestamptz, :cursorId::uuid)', { cursorAt: at, cursorId: id });
    }
    const { entities, raw } = await query.addSelect(CREATED_TEXT, 'created_text').orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(first + 1).getRawAndEntities();
    const summaries = await this.summaries(entities.slice(0, first));
    const rows = entities.map((audit, i) => ({ audit, at: raw[i].created_text as string }));
    return toConnection(rows, first, (row) => this.model(row.audit, summaries), (row) => [row.at, row.audit.id]);
  }

  /**
   * One audit with its charts. A worker who is not a reader of audits sees only the charts on
   * which they were given a corrective action (what their worklist task opens), and the
   * compliance of those; with none, the audit is not theirs to see.
   */
  async review(id: string): Promise<ChartAuditReviewModel> {
    const audit = isUuid(id) ? await this.tenant.repository(ChartAuditEntity).findOneBy({ id }) : null;
    if (!audit) throw new NotFoundError(CHART_AUDIT);
    const principal = this.context.requirePrincipal();
    const reader = CHART_AUDIT_READER_ROLES.includes(principal.role);
    const allActions = await this.tenant.repository(CorrectiveActionEntity).find({ where: { chartAuditId: id }, order: { createdAt: 'ASC' } });
    const tasks = await this.tasksOf(allActions.map((a) => a.taskKey));
    // Whoever holds the task now (handed over or reassigned since) is who the action is for.
    const holder = (a: CorrectiveActionEntity) => tasks.get(a.taskKey)?.assigneeId ?? a.assigneeId;
    const mine = new Set(allActions.filter((a) => holder(a) === principal.id).map((a) => a.chartId));
    if (!reader && !mine.size) throw new ForbiddenError('Supervisors, admins and auditors read chart audits; a worker reads those that gave them a corrective action.');
    const shown = (chartId: string) => reader || mine.has(chartId);
    const charts = (await this.tenant.repository(AuditedChartEntity).find({ where: { chartAuditId: id }, order: { position: 'ASC' } })).filter((c) => shown(c.id));
    const answers = (await this.tenant.repository(ChartAnswerEntity).find({ where: { chartAuditId: id } })).filter((a) => shown(a.chartId));
    const actions = allActions.filter((a) => shown(a.chartId));
    const summaries = await this.summaries([audit]);
    const order = new Map(audit.items.map((item, i) => [item.key, i]));
    const chartModels = charts.map((chart) =>
      AuditedChartModel.from(
        chart,
        answers
          .filter((a) => a.chartId === chart.id)
          .sort((a, b) => (order.get(a.itemKey) ?? 0) - (order.get(b.itemKey) ?? 0))
          .map(ChartAnswerModel.from),
        actions.filter((a) => a.chartId === chart.id).map((a) => CorrectiveActionModel.from(a, tasks.get(a.taskKey))),
      ),
    );
    if (charts.length) this.audit.recordRead(...charts.map((chart) => ({ action: AuditAction.READ, entityType: AUDITED_CHART, entityId: chart.id, clientId: chart.clientId })));
    return { audit: this.model(audit, summaries), charts: chartModels, compliance: compliance(audit.items, chartModels) };
  }

  private model(audit: ChartAuditEntity, { progress, programs }: Summaries): ChartAuditModel {
    const summary = progress.get(audit.id);
    return ChartAuditModel.from(audit, {
      programName: (audit.programId && programs.get(audit.programId)) || null,
      chartCount: summary?.chartCount ?? 0,
      answeredCount: summary?.answeredCount ?? 0,
      answerCount: summary?.answerCount ?? 0,
    });
  }

  /** The progress of each audit of a page in one statement, and the names of their programs. */
  private async summaries(audits: ChartAuditEntity[]): Promise<Summaries> {
    if (!audits.length) return { progress: new Map(), programs: new Map() };
    const programIds = [...new Set(audits.flatMap((a) => (a.programId ? [a.programId] : [])))];
    const programs = new Map((await this.enrollments.programs(programIds)).map((p) => [p.id, p.name]));
    const rows: SummaryRow[] = await this.txHost.tx.query(
      `SELECT a.id,
              (SELECT count(*)::int FROM chart_audit_chart c WHERE c.agency_id = a.agency_id AND c.chart_audit_id = a.id) AS "chartCount",
              (SELECT count(*)::int FROM chart_audit_answer x WHERE x.agency_id = a.agency_id AND x.chart_audit_id = a.id AND x.result IS NOT NULL) AS "answeredCount",
              (SELECT count(*)::int FROM chart_audit_answer x WHERE x.agency_id = a.agency_id AND x.chart_audit_id = a.id) AS "answerCount"
       FROM chart_audit a WHERE a.agency_id = $1 AND a.id = ANY($2)`,
      [this.context.agencyId, audits.map((a) => a.id)],
    );
    return { progress: new Map(rows.map((row) => [row.id, row])), programs };
  }

  /** The worklist task of each corrective action, by its key: who holds it and how it stands. */
  private async tasksOf(keys: string[]): Promise<Map<string, { assigneeId: string | null; status: TaskStatus }>> {
    if (!keys.length) return new Map();
    const rows: { key: string; assigneeId: string | null; status: TaskStatus }[] = await this.txHost.tx.query(
      `SELECT dedupe_key AS key, assignee_id AS "assigneeId", status FROM task WHERE agency_id = $1 AND dedupe_key = ANY($2)`,
      [this.context.agencyId, keys],
    );
    return new Map(rows.map(({ key, ...task }) => [key, task]));
  }
}
