import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AuditTrail } from '@waymark/api/audit';
import { Clock, RequestContext } from '@waymark/api/common';
import { AuditAction, type TaskKind, type TaskPriority, TaskStatus, type TaskSubject } from '@waymark/shared/types';
import { TASK_ENTITY } from './task.entity';

/** A task a record on a client asks for (an appointment to prepare, a refresher due). */
export interface RecordTask {
  kind: TaskKind;
  clientId: string;
  title: string;
  /** What the worker needs to know to do it (the transport, who to tell). */
  details?: string | null;
  /** 'YYYY-MM-DD'. */
  dueOn: string;
  priority: TaskPriority;
  /** Null: the supervisors' queue. */
  assigneeId: string | null;
  /**
   * The enrollment whose case manager the work is for (see ClientWorker): its hand-over moves
   * the task and its closing cancels it. Null: the task stays as it is until its record closes it.
   */
  enrollmentId: string | null;
  subjectType: TaskSubject;
  subjectId: string;
  /** One task per key: scheduling the same key again leaves the first (see taskDedupeKey). */
  dedupeKey: string;
}

interface Row {
  id: string;
  client_id: string | null;
  enrollment_id: string | null;
  kind: TaskKind;
  due_on: string;
  assignee_id: string | null;
  dedupe_key: string;
}

const RETURNING = `RETURNING id, client_id, enrollment_id, kind, to_char(due_on, 'YYYY-MM-DD') AS due_on, assignee_id, dedupe_key`;

/**
 * The worklist's door for records outside a program's rules: appointments, care-team
 * training, after-hours calls. Tasks are keyed, so a record saved twice (or two instances at
 * once) leaves one; closing touches only OPEN tasks. Every row written is in the audit trail,
 * in the caller's transaction.
 */
@Injectable()
export class RecordTasks {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: RequestContext,
    private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  /** Writes the tasks whose keys are not taken yet. */
  async schedule(...tasks: RecordTask[]): Promise<void> {
    if (!tasks.length) return;
    const rows = await this.query(
      `INSERT INTO task (agency_id, client_id, enrollment_id, kind, title, details, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key)
       SELECT $1, t.client_id, t.enrollment_id, t.kind, t.title, t.details, 'OPEN', t.priority, t.due_on, t.assignee_id, t.subject_type, t.subject_id, t.dedupe_key
       FROM jsonb_to_recordset($2::jsonb) AS t(client_id uuid, enrollment_id uuid, kind text, title text, details text, priority text, due_on date, assignee_id uuid, subject_type text, subject_id uuid, dedupe_key text)
       ON CONFLICT (agency_id, dedupe_key) DO NOTHING ${RETURNING}`,
      [
        JSON.stringify(
          tasks.map((t) => ({
            client_id: t.clientId,
            enrollment_id: t.enrollmentId,
            kind: t.kind,
            title: t.title,
            details: t.details ?? null,
            priority: t.priority,
            due_on: t.dueOn,
            assignee_id: t.assigneeId,
            subject_type: t.subjectType,
            subject_id: t.subjectId,
            dedupe_key: t.dedupeKey,
          })),
        ),
      ],
    );
    if (!rows.length) return;
    await this.audit.record(
      ...rows.map((row) => ({
        action: AuditAction.CREATE,
        entityType: TASK_ENTITY,
        entityId: row.id,
        clientId: row.client_id ?? undefined,
        changes: {
          kind: { to: row.kind },
          dueOn: { to: row.due_on },
          assigneeId: { to: row.assignee_id },
          enrollmentId: { to: row.enrollment_id },
          dedupeKey: { to: row.dedupe_key },
        },
      })),
    );
  }

  /**
   * Closes the OPEN tasks about a record, of the kinds given (all kinds when none are), DONE
   * when their work was done, CANCELLED with why otherwise. Returns how many closed.
   */
  async close(subjectType: TaskSubject, subjectId: string, status: TaskStatus, note: string, kinds: readonly TaskKind[] = []): Promise<number> {
    const completedAt = this.clock.now();
    const rows = await this.query(
      `UPDATE task SET status = $5, completed_at = $4, completion_note = $6, version = version + 1, updated_at = now()
       WHERE agency_id = $1 AND subject_type = $2 AND subject_id = $3 AND status = 'OPEN' AND (cardinality($7::text[]) = 0 OR kind = ANY($7)) ${RETURNING}`,
      [subjectType, subjectId, completedAt, status, note, kinds],
    );
    if (rows.length) {
      await this.audit.record(
        ...rows.map((row) => ({
          action: AuditAction.UPDATE,
          entityType: TASK_ENTITY,
          entityId: row.id,
          clientId: row.client_id ?? undefined,
          changes: { status: { from: TaskStatus.OPEN, to: status }, completedAt: { to: completedAt.toISOString() }, completionNote: { to: note } },
        })),
      );
    }
    return rows.length;
  }

  /** Rewrites the details of the OPEN tasks about a record, of the kinds given, when what they say has changed (who is still to tell). */
  async redescribe(subjectType: TaskSubject, subjectId: string, kinds: readonly TaskKind[], details: string): Promise<void> {
    const rows = await this.query(
      `UPDATE task SET details = $5, version = version + 1, updated_at = now()
       WHERE agency_id = $1 AND subject_type = $2 AND subject_id = $3 AND status = 'OPEN' AND kind = ANY($4) AND details IS DISTINCT FROM $5 ${RETURNING}`,
      [subjectType, subjectId, kinds, details],
    );
    if (rows.length) {
      await this.audit.record(
        ...rows.map((row) => ({ action: AuditAction.UPDATE, entityType: TASK_ENTITY, entityId: row.id, clientId: row.client_id ?? undefined, changes: { detailsLength: { to: details.length } } })),
      );
    }
  }

  private async query(sql: string, params: unknown[]): Promise<Row[]> {
    const result = await this.txHost.tx.query(sql, [this.context.agencyId, ...params]);
    // UPDATE … RETURNING comes back as [rows, count] from the pg driver through TypeORM.
    return (Array.isArray(result[0]) ? result[0] : result) as Row[];
  }
}
