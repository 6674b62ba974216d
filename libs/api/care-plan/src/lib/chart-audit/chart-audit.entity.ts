import { TenantEntity } from '@waymark/api/database';
import type { ChartAuditCheck, ChartAuditResult, ChartAuditSampleRule, ChartAuditStatus } from '@waymark/shared/types';
import { Column, Entity } from 'typeorm';

/** A checklist item as an audit keeps its copy of it. */
export interface ChecklistItemEntry {
  key: string;
  labelEn: string;
  labelEs: string;
  check: ChartAuditCheck | null;
  days: number | null;
}

/** One item of the agency's chart-audit checklist: a question, or a check the system answers. */
@Entity('chart_audit_checklist_item')
export class ChecklistItemEntity extends TenantEntity {
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'label_es', type: 'text' })
  labelEs: string;

  @Column({ type: 'text', nullable: true })
  check: ChartAuditCheck | null;

  /** The item's parameter: for NOTES_SIGNED_ON_TIME, the days a note may wait for its signature. */
  @Column({ type: 'integer', nullable: true })
  days: number | null;

  @Column({ type: 'boolean' })
  active: boolean;
}

/** A quarter's chart audit: what it sampled and how, the checklist it works through, and whether it is done. */
@Entity('chart_audit')
export class ChartAuditEntity extends TenantEntity {
  @Column({ type: 'text' })
  quarter: string;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ name: 'worker_id', type: 'uuid', nullable: true })
  workerId: string | null;

  @Column({ name: 'sample_rule', type: 'text', nullable: true })
  sampleRule: ChartAuditSampleRule | null;

  @Column({ name: 'sample_size', type: 'integer' })
  sampleSize: number;

  @Column({ type: 'text' })
  seed: string;

  @Column({ type: 'jsonb' })
  items: ChecklistItemEntry[];

  @Column({ type: 'text' })
  status: ChartAuditStatus;

  @Column({ name: 'started_by', type: 'uuid' })
  startedBy: string;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by', type: 'uuid', nullable: true })
  completedBy: string | null;
}

/** One sampled chart: an enrollment of a client, whose worker it was, and the reviewer's findings. */
@Entity('chart_audit_chart')
export class AuditedChartEntity extends TenantEntity {
  @Column({ name: 'chart_audit_id', type: 'uuid' })
  chartAuditId: string;

  @Column({ name: 'enrollment_id', type: 'uuid' })
  enrollmentId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ name: 'worker_id', type: 'uuid', nullable: true })
  workerId: string | null;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text', nullable: true })
  findings: string | null;
}

/** A chart's answer to one item: the system's result and evidence (automatic items) beside the reviewer's. */
@Entity('chart_audit_answer')
export class ChartAnswerEntity extends TenantEntity {
  @Column({ name: 'chart_audit_id', type: 'uuid' })
  chartAuditId: string;

  @Column({ name: 'chart_id', type: 'uuid' })
  chartId: string;

  @Column({ name: 'item_key', type: 'text' })
  itemKey: string;

  @Column({ name: 'automatic_result', type: 'text', nullable: true })
  automaticResult: ChartAuditResult | null;

  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  /** Null while unanswered; an automatic item starts with the system's result. */
  @Column({ type: 'text', nullable: true })
  result: ChartAuditResult | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}

/** What a chart's worker must put right, by when: a CORRECTIVE_ACTION task on their worklist, keyed by `taskKey`. */
@Entity('chart_audit_action')
export class CorrectiveActionEntity extends TenantEntity {
  @Column({ name: 'chart_audit_id', type: 'uuid' })
  chartAuditId: string;

  @Column({ name: 'chart_id', type: 'uuid' })
  chartId: string;

  @Column({ name: 'item_key', type: 'text', nullable: true })
  itemKey: string | null;

  @Column({ type: 'text' })
  what: string;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'task_key', type: 'text' })
  taskKey: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;
}
