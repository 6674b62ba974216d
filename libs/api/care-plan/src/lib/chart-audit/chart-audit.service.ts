import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, textByLength } from '@waymark/api/audit';
import { EnrollmentFacts, StaffLoader } from '@waymark/api/client';
import { BadInputError, Clock, NotFoundError, RequestContext, actingUserId } from '@waymark/api/common';
import { TenantScope } from '@waymark/api/database';
import { AuditAction, ChartAuditStatus, ErrorReason, TASK_CARRIER_ROLES, TaskKind, TaskPriority, TaskSubject, taskDedupeKey } from '@waymark/shared/types';
import { ClientWorker } from '../worklist/client-worker';
import { RecordTasks } from '../worklist/record-tasks';
import { ChartAuditChecklist } from './chart-audit-checklist.service';
import { AUDITED_CHART, CHART_AUDIT, CHART_AUDIT_ANSWER, CORRECTIVE_ACTION } from './chart-audit-records';
import { ChartAuditSampling, failedCount } from './chart-audit-sampling';
import { AuditedChartEntity, ChartAnswerEntity, ChartAuditEntity, type ChecklistItemEntry, CorrectiveActionEntity } from './chart-audit.entity';
import type { AnswerChartAuditItemInput } from './dto/answer-chart-audit-item.input';
import type { AssignCorrectiveActionInput } from './dto/assign-corrective-action.input';
import type { CompleteChartAuditInput } from './dto/complete-chart-audit.input';
import type { RecordChartFindingsInput } from './dto/record-chart-findings.input';
import type { StartChartAuditInput } from './dto/start-chart-audit.input';

/**
 * Quarterly chart audits, written by a supervisor or an admin: started with a stored sample
 * whose automatic items the system pre-fills with evidence, answered item by item (an answer
 * other than the system's needs a note), findings per chart, corrective actions that land on
 * the worker's worklist, and completion once every item of every chart is answered. Each
 * write touches a client's chart and is in the audit trail with that client, in its own
 * transaction.
 */
@Injectable()
export class ChartAuditService {
  constructor(
    private readonly tenant: TenantScope,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly checklist: ChartAuditChecklist,
    private readonly sampling: ChartAuditSampling,
    private readonly enrollments: EnrollmentFacts,
    private readonly staff: StaffLoader,
    private readonly clientWorker: ClientWorker,
    private readonly tasks: RecordTasks,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  private get me(): string {
    return actingUserId(this.context.requirePrincipal()) as string;
  }

  @Transactional()
  async start(input: StartChartAuditInput): Promise<string> {
    if (input.programId) await this.enrollments.program(input.programId);
    if (input.workerId && !(await this.staff.load(input.workerId))) throw new NotFoundError('User');
    const items: ChecklistItemEntry[] = (await this.checklist.items()).map(({ key, labelEn, labelEs, check, days }) => ({ key, labelEn, labelEs, check, days }));
    const { seed, charts } = await this.sampling.draw(input, items);
    const agencyId = this.context.agencyId;
    const audit = await this.tenant.repository(ChartAuditEntity).save(
      this.tenant.repository(ChartAuditEntity).create({
        quarter: input.quarter,
        programId: input.programId ?? null,
        workerId: input.workerId ?? null,
        sampleRule: input.rule ?? null,
        sampleSize: input.sampleSize,
        seed,
        items,
        status: ChartAuditStatus.IN_PROGRESS,
        startedBy: this.me,
        completedAt: null,
        completedBy: null,
      }),
    );
    const rows = charts.map((chart, i) => ({ id: randomUUID(), chart, position: i + 1 }));
    await this.txHost.tx.getRepository(AuditedChartEntity).insert(
      rows.map(({ id, chart, position }) => ({ id, agencyId, chartAuditId: audit.id, enrollmentId: chart.enrollmentId, clientId: chart.clientId, workerId: chart.workerId, position, findings: null })),
    );
    await this.txHost.tx.getRepository(ChartAnswerEntity).insert(
      rows.flatMap(({ id, chart }) =>
        items.map((item) => {
          const outcome = chart.outcomes.get(item.key);
          return { agencyId, chartAuditId: audit.id, chartId: id, itemKey: item.key, automaticResult: outcome?.result ?? null, evidence: outcome?.evidence ?? null, result: outcome?.result ?? null, note: null, answeredBy: null, answeredAt: null };
        }),
      ),
    );
    await this.audit.record(
      {
        action: AuditAction.CREATE,
        entityType: CHART_AUDIT,
        entityId: audit.id,
        changes: { quarter: { to: audit.quarter }, programId: { to: audit.programId }, workerId: { to: audit.workerId }, sampleRule: { to: audit.sampleRule }, sampleSize: { to: audit.sampleSize }, charts: { to: rows.length } },
      },
      ...rows.map(({ id, chart }) => ({
        action: AuditAction.CREATE,
        entityType: AUDITED_CHART,
        entityId: id,
        clientId: chart.clientId,
        changes: { chartAuditId: { to: audit.id }, enrollmentId: { to: chart.enrollmentId }, prefilledFailures: { to: failedCount(chart) } },
      })),
    );
    return audit.id;
  }

  /** Confirms or overrides the system's answer, or answers a question; an override needs a note. */
  @Transactional()
  async answer({ answerId, version, result, note }: AnswerChartAuditItemInput): Promise<string> {
    const answers = this.tenant.repository(ChartAnswerEntity);
    const before = await answers.findOneBy({ id: answerId });
    if (!before) throw new NotFoundError(CHART_AUDIT_ANSWER);
    await this.inProgress(before.chartAuditId);
    if (before.automaticResult && result !== before.automaticResult && !note) {
      throw new BadInputError('Say why the answer differs from what the system found.', [{ field: 'note', message: 'required to override the system’s answer' }]);
    }
    const answer = await answers.updateVersioned(answerId, version, { result, note: note ?? null, answeredBy: this.me, answeredAt: this.clock.now() }, CHART_AUDIT_ANSWER);
    const chart = await this.chart(answer.chartId);
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: CHART_AUDIT_ANSWER,
      entityId: answer.id,
      clientId: chart.clientId,
      changes: textByLength({ itemKey: { to: answer.itemKey }, result: { from: before.result, to: result }, ...(answer.note ? { note: { to: answer.note } } : {}) }, ['note']),
    });
    return answer.chartAuditId;
  }

  @Transactional()
  async recordFindings({ chartId, version, findings }: RecordChartFindingsInput): Promise<string> {
    const before = await this.chart(chartId);
    await this.inProgress(before.chartAuditId);
    const chart = await this.tenant.repository(AuditedChartEntity).updateVersioned(chartId, version, { findings: findings ?? null }, AUDITED_CHART);
    await this.audit.record({
      action: AuditAction.UPDATE,
      entityType: AUDITED_CHART,
      entityId: chart.id,
      clientId: chart.clientId,
      changes: textByLength({ findings: { from: before.findings, to: chart.findings } }, ['findings']),
    });
    return chart.chartAuditId;
  }

  /**
   * A corrective action for the chart's current case manager (or whom the reviewer names), on
   * their worklist as a CORRECTIVE_ACTION task in this transaction. Allowed after the audit is
   * completed too: its answers stand, while putting its findings right goes on.
   */
  @Transactional()
  async assign({ chartId, itemKey, what, assigneeId, dueOn }: AssignCorrectiveActionInput): Promise<string> {
    const chart = await this.chart(chartId);
    const audit = await this.auditOf(chart.chartAuditId);
    if (itemKey && !audit.items.some((item) => item.key === itemKey)) throw new BadInputError('That item is not on this audit’s checklist.', [{ field: 'itemKey', message: 'not on the checklist' }]);
    if (dueOn < this.clock.today()) throw new BadInputError('The due date is in the past.', [{ field: 'dueOn', message: 'in the past' }]);
    const worker = await this.clientWorker.of(chart.clientId, { enrollmentId: chart.enrollmentId });
    const assignee = assigneeId ?? worker?.assigneeId ?? chart.workerId;
    if (!assignee) throw new BadInputError('The chart has no worker; name who does it.', [{ field: 'assigneeId', message: 'required: the chart has no worker' }]);
    const staff = await this.staff.load(assignee);
    if (!staff) throw new NotFoundError('User');
    if (!staff.active || !TASK_CARRIER_ROLES.includes(staff.role)) throw new BadInputError(`${staff.displayName} does not carry tasks.`, [{ field: 'assigneeId', message: 'not an active worker who carries tasks' }]);
    const id = randomUUID();
    const taskKey = taskDedupeKey(TaskKind.CORRECTIVE_ACTION, id, dueOn);
    const action = await this.tenant.repository(CorrectiveActionEntity).save(
      this.tenant.repository(CorrectiveActionEntity).create({ id, chartAuditId: audit.id, chartId, itemKey: itemKey ?? null, what, assigneeId: assignee, dueOn, taskKey, createdBy: this.me }),
    );
    await this.tasks.schedule({
      kind: TaskKind.CORRECTIVE_ACTION,
      clientId: chart.clientId,
      title: `Chart audit ${audit.quarter}: ${what}`.slice(0, 200),
      details: what,
      dueOn,
      priority: TaskPriority.NORMAL,
      assigneeId: assignee,
      enrollmentId: worker && worker.assigneeId === assignee ? worker.enrollmentId : null,
      subjectType: TaskSubject.CHART_AUDIT,
      subjectId: audit.id,
      dedupeKey: taskKey,
    });
    await this.audit.record({
      action: AuditAction.CREATE,
      entityType: CORRECTIVE_ACTION,
      entityId: action.id,
      clientId: chart.clientId,
      changes: textByLength({ chartId: { to: chartId }, itemKey: { to: action.itemKey }, what: { to: what }, assigneeId: { to: assignee }, dueOn: { to: dueOn } }, ['what']),
    });
    return audit.id;
  }

  /** Completes the audit once every item of every chart has an answer. */
  @Transactional()
  async complete({ chartAuditId, version }: CompleteChartAuditInput): Promise<string> {
    // FOR UPDATE: an answer being written (FOR SHARE in inProgress) finishes first, and none starts until this commits.
    await this.inProgress(chartAuditId, 'pessimistic_write');
    const open = await this.tenant.repository(ChartAnswerEntity).createQueryBuilder('a').andWhere('a.chartAuditId = :chartAuditId AND a.result IS NULL', { chartAuditId }).getCount();
    if (open) {
      throw new BadInputError(`${open} item${open === 1 ? ' is' : 's are'} still unanswered; answer every item of every chart first.`, [{ field: 'chartAuditId', message: `${open} unanswered` }], ErrorReason.ILLEGAL_TRANSITION);
    }
    const audit = await this.tenant
      .repository(ChartAuditEntity)
      .updateVersioned(chartAuditId, version, { status: ChartAuditStatus.COMPLETED, completedAt: this.clock.now(), completedBy: this.me }, CHART_AUDIT);
    await this.audit.record({ action: AuditAction.UPDATE, entityType: CHART_AUDIT, entityId: audit.id, changes: { status: { from: ChartAuditStatus.IN_PROGRESS, to: audit.status } } });
    return audit.id;
  }

  private async auditOf(id: string): Promise<ChartAuditEntity> {
    const audit = await this.tenant.repository(ChartAuditEntity).findOneBy({ id });
    if (!audit) throw new NotFoundError(CHART_AUDIT);
    return audit;
  }

  /** The audit, locked (FOR SHARE unless told) until the transaction ends, once it is still in progress. */
  private async inProgress(id: string, lock: 'pessimistic_read' | 'pessimistic_write' = 'pessimistic_read'): Promise<ChartAuditEntity> {
    const audit = await this.tenant.repository(ChartAuditEntity).createQueryBuilder('a').andWhere('a.id = :id', { id }).setLock(lock).getOne();
    if (!audit) throw new NotFoundError(CHART_AUDIT);
    if (audit.status !== ChartAuditStatus.IN_PROGRESS) {
      throw new BadInputError('This chart audit is completed; its answers stand as they are.', [{ field: 'chartAuditId', message: 'completed' }], ErrorReason.ILLEGAL_TRANSITION);
    }
    return audit;
  }

  private async chart(id: string): Promise<AuditedChartEntity> {
    const chart = await this.tenant.repository(AuditedChartEntity).findOneBy({ id });
    if (!chart) throw new NotFoundError(AUDITED_CHART);
    return chart;
  }
}
