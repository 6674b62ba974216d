import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail, type FieldChanges } from '@waymark/api/audit';
import type { EnrollmentFact } from '@waymark/api/client';
import { Clock, emitInTransaction, RequestContext } from '@waymark/api/common';
import { AuditAction, TaskKind, TaskStatus } from '@waymark/shared/types';
import type { TaskClosing, UnwantedTask } from './closed-deadlines';
import type { PlannedTask } from './planned-deadlines';
import { CarePlanEvent, type TaskOverdueEvent } from '../shared/care-plan-events';
import { TASK_ENTITY } from './task.entity';

/**
 * Kinds a reconcile closes once the rules no longer want them (see closingOf: done, or
 * cancelled when their subject went away or the rules changed). Monitoring and follow-ups
 * stay until someone completes them.
 */
const CLOSED_WHEN_DONE: readonly TaskKind[] = [
  TaskKind.ASSESSMENT_DUE,
  TaskKind.PLAN_DUE,
  TaskKind.IMPLEMENTATION_PLAN_DUE,
  TaskKind.PLAN_REVIEW,
  TaskKind.PLAN_APPROVAL,
  TaskKind.VISIT,
  TaskKind.REFERRAL_NO_ANSWER,
  TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP,
];

interface TaskRow {
  id: string;
  client_id: string | null;
  kind: TaskKind;
  due_on: string;
  assignee_id: string | null;
  subject_id: string | null;
  dedupe_key: string;
}

const COLUMNS = `id, client_id, kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, assignee_id, subject_id, dedupe_key`;
const RETURNING = `RETURNING ${COLUMNS}`;

/** Writes the planned tasks ($4, plannedRows) of the enrollment ($3) of a client ($2) that do not exist yet. */
const INSERT_PLANNED = `INSERT INTO task (agency_id, client_id, enrollment_id, kind, title, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key)
  SELECT $1, $2, $3, p.kind, p.title, 'OPEN', p.priority, p.due_on, p.assignee_id, p.subject_type, p.subject_id, p.dedupe_key
  FROM jsonb_to_recordset($4::jsonb) AS p(kind text, title text, priority text, due_on date, assignee_id uuid, subject_type text, subject_id uuid, dedupe_key text)
  ON CONFLICT (agency_id, dedupe_key) DO NOTHING`;

function plannedRows(planned: PlannedTask[]): string {
  return JSON.stringify(
    planned.map((task) => ({
      kind: task.kind,
      title: task.title,
      priority: task.priority,
      due_on: task.dueOn,
      assignee_id: task.assigneeId,
      subject_type: task.subjectType,
      subject_id: task.subjectId,
      dedupe_key: task.dedupeKey,
    })),
  );
}

/** Why the tasks of a closed enrollment are cancelled. */
const ENROLLMENT_CLOSED = 'The enrollment closed.';

/**
 * Writes generated tasks in plain SQL so that two sweeps or two API instances racing on the
 * same enrollment leave one row per dedupe key (ON CONFLICT DO NOTHING) and close each task
 * once (only rows still OPEN are updated). Every row written is in the audit trail.
 */
@Injectable()
export class GeneratedTasks {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
    private readonly events: EventEmitter2,
  ) {}

  private async query<R extends TaskRow = TaskRow>(sql: string, params: unknown[]): Promise<R[]> {
    const result = await this.txHost.tx.query(sql, [this.context.agencyId, ...params]);
    // UPDATE … RETURNING comes back as [rows, count] from the pg driver through TypeORM.
    return (Array.isArray(result[0]) ? result[0] : result) as R[];
  }

  /**
   * Makes the enrollment's generated tasks match `planned`; `closing` says how each open one
   * the rules no longer want closes. Who holds a task is left alone: a supervisor may have
   * given it to someone else (handOver moves work when the case manager changes).
   */
  async sync(enrollment: EnrollmentFact, planned: PlannedTask[], closing: (task: UnwantedTask) => TaskClosing): Promise<void> {
    if (enrollment.closedOn) {
      if (planned.length) await this.recordCreated(await this.query(`${INSERT_PLANNED} ${RETURNING}`, [enrollment.clientId, enrollment.id, plannedRows(planned)]));
      await this.close(enrollment.id, TaskStatus.CANCELLED, ENROLLMENT_CLOSED, `dedupe_key IS NOT NULL AND kind <> '${TaskKind.FOLLOW_UP}'`, []);
      return;
    }
    // The planned tasks missing are written and the open ones no longer planned found in one
    // statement: the search cannot see the rows written beside it, all of them planned anyway.
    const rows = await this.query<TaskRow & { created: boolean }>(
      `WITH created AS (${INSERT_PLANNED} RETURNING id, client_id, kind, due_on, assignee_id, subject_id, dedupe_key)
       SELECT true AS created, ${COLUMNS} FROM created
       UNION ALL
       SELECT false, ${COLUMNS} FROM task
       WHERE agency_id = $1 AND enrollment_id = $3 AND status = 'OPEN' AND dedupe_key IS NOT NULL AND kind = ANY($5) AND NOT dedupe_key = ANY($6)`,
      [enrollment.clientId, enrollment.id, plannedRows(planned), CLOSED_WHEN_DONE, planned.map((task) => task.dedupeKey)],
    );
    await this.recordCreated(rows.filter((row) => row.created));
    const unwanted = rows.filter((row) => !row.created);
    // One UPDATE per way of closing (done, or cancelled for one reason or another).
    const groups = new Map<string, { how: TaskClosing; ids: string[] }>();
    for (const row of unwanted) {
      const how = closing({ kind: row.kind, dedupeKey: row.dedupe_key, dueOn: row.due_on, subjectId: row.subject_id });
      const key = `${how.status}:${how.note}`;
      if (!groups.has(key)) groups.set(key, { how, ids: [] });
      groups.get(key)?.ids.push(row.id);
    }
    for (const { how, ids } of groups.values()) await this.close(enrollment.id, how.status, how.note, 'id = ANY($6)', [ids]);
  }

  /**
   * The enrollment's hand-written tasks still open when it closes (those due later than the
   * close date: earlier ones block the closure) are cancelled with it.
   */
  async cancelManualOnClose(enrollmentId: string): Promise<void> {
    await this.close(enrollmentId, TaskStatus.CANCELLED, ENROLLMENT_CLOSED, `kind = '${TaskKind.MANUAL}'`, []);
  }

  /**
   * A new primary case manager takes over the open generated work the previous one still
   * holds, and any left unassigned while the case had no active case manager — not work a
   * supervisor gave to someone else, nor approvals, which stay with the supervisors. `toId`
   * null (no active case manager) leaves it in the supervisors' queue.
   */
  async handOver(enrollmentId: string, fromId: string | null, toId: string | null): Promise<void> {
    const rows = await this.query(
      `UPDATE task t SET assignee_id = $4, version = t.version + 1, updated_at = now()
       FROM task before
       WHERE t.agency_id = $1 AND t.enrollment_id = $2 AND t.status = 'OPEN' AND t.dedupe_key IS NOT NULL AND t.kind <> $5
         AND (t.assignee_id = $3 OR t.assignee_id IS NULL) AND t.assignee_id IS DISTINCT FROM $4
         AND before.id = t.id
       RETURNING t.id, t.client_id, t.kind, to_char(t.due_on, 'YYYY-MM-DD') AS due_on, before.assignee_id, t.subject_id, t.dedupe_key`,
      [enrollmentId, fromId, toId, TaskKind.PLAN_APPROVAL],
    );
    await this.record(rows, (row) => ({ assigneeId: { from: row.assignee_id, to: toId } }));
  }

  /** Marks OPEN tasks due before today as escalated to the supervisors, once each. */
  @Transactional()
  async escalateOverdue(): Promise<number> {
    const escalatedAt = this.clock.now();
    const rows = await this.query(
      `UPDATE task SET escalated_at = $2, version = version + 1, updated_at = now()
       WHERE agency_id = $1 AND status = 'OPEN' AND due_on < $3 AND escalated_at IS NULL ${RETURNING}`,
      [escalatedAt, this.clock.today()],
    );
    await this.record(rows, () => ({ escalatedAt: { to: escalatedAt.toISOString() } }));
    if (rows.length) {
      const event: TaskOverdueEvent = {
        tasks: rows.map((row) => ({ taskId: row.id, clientId: row.client_id, kind: row.kind, dueOn: row.due_on, assigneeId: row.assignee_id })),
      };
      await emitInTransaction(this.events, CarePlanEvent.TASK_OVERDUE, event);
    }
    return rows.length;
  }

  private async recordCreated(rows: TaskRow[]): Promise<void> {
    if (!rows.length) return;
    await this.audit.record(
      ...rows.map((row) => ({
        action: AuditAction.CREATE,
        entityType: TASK_ENTITY,
        entityId: row.id,
        clientId: row.client_id ?? undefined,
        changes: { kind: { to: row.kind }, dueOn: { to: row.due_on }, assigneeId: { to: row.assignee_id }, dedupeKey: { to: row.dedupe_key } },
      })),
    );
  }

  /** Closes the enrollment's open tasks that `which` (SQL, its parameters from $6) picks. */
  private async close(enrollmentId: string, status: TaskStatus, note: string, which: string, params: unknown[]): Promise<void> {
    const completedAt = this.clock.now();
    const rows = await this.query(
      `UPDATE task SET status = $4, completed_at = $3, completion_note = $5, version = version + 1, updated_at = now()
       WHERE agency_id = $1 AND enrollment_id = $2 AND status = 'OPEN' AND ${which} ${RETURNING}`,
      [enrollmentId, completedAt, status, note, ...params],
    );
    await this.record(rows, () => ({ status: { from: TaskStatus.OPEN, to: status }, completedAt: { to: completedAt.toISOString() }, completionNote: { to: note } }));
  }

  private async record(rows: TaskRow[], changes: (row: TaskRow) => FieldChanges): Promise<void> {
    if (!rows.length) return;
    await this.audit.record(
      ...rows.map((row) => ({ action: AuditAction.UPDATE, entityType: TASK_ENTITY, entityId: row.id, clientId: row.client_id ?? undefined, changes: changes(row) })),
    );
  }
}
