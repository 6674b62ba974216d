import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { Connection } from '@waymark/api/common';
import { TaskStatus } from '@waymark/shared/types';
import '../worklist/task-enums';
import { ChartAuditCheck, ChartAuditResult, ChartAuditSampleRule, ChartAuditStatus } from './chart-audit-enums';
import type { AuditedChartEntity, ChartAnswerEntity, ChartAuditEntity, ChecklistItemEntity, ChecklistItemEntry, CorrectiveActionEntity } from './chart-audit.entity';

@ObjectType('ChartAuditChecklistItem', { description: 'An item of the agency’s chart-audit checklist' })
export class ChecklistItemModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable name of the item, e.g. notes-signed' })
  key: string;

  @Field(() => Int)
  position: number;

  @Field()
  labelEn: string;

  @Field()
  labelEs: string;

  @Field(() => ChartAuditCheck, { nullable: true, description: 'What the system checks itself; null for a question the reviewer answers' })
  check: ChartAuditCheck | null;

  @Field(() => Int, { nullable: true, description: 'The item’s parameter: for NOTES_SIGNED_ON_TIME, the days a note may wait for its signature' })
  days: number | null;

  @Field(() => Int)
  version: number;

  static from(item: ChecklistItemEntity): ChecklistItemModel {
    return Object.assign(new ChecklistItemModel(), { id: item.id, key: item.key, position: item.position, labelEn: item.labelEn, labelEs: item.labelEs, check: item.check, days: item.days, version: item.version });
  }
}

@ObjectType('ChartAuditItem', { description: 'A checklist item as the audit was started with it' })
export class ChartAuditItemModel {
  @Field()
  key: string;

  @Field()
  labelEn: string;

  @Field()
  labelEs: string;

  @Field(() => ChartAuditCheck, { nullable: true })
  check: ChartAuditCheck | null;

  @Field(() => Int, { nullable: true })
  days: number | null;

  static from(item: ChecklistItemEntry): ChartAuditItemModel {
    return Object.assign(new ChartAuditItemModel(), item);
  }
}

@ObjectType('ChartAudit')
export class ChartAuditModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. 2026-Q4' })
  quarter: string;

  @Field(() => ID, { nullable: true })
  programId: string | null;

  @Field(() => String, { nullable: true })
  programName: string | null;

  workerId: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'Whose caseload the sample was limited to' })
  worker?: StaffModel | null;

  @Field(() => ChartAuditSampleRule, { nullable: true, description: 'Null: at random from all charts of the quarter' })
  sampleRule: ChartAuditSampleRule | null;

  @Field(() => Int, { description: 'How many charts were asked for' })
  sampleSize: number;

  @Field({ description: 'Orders the candidates: the same seed over the same charts draws the same sample' })
  seed: string;

  @Field(() => ChartAuditStatus)
  status: ChartAuditStatus;

  @Field(() => [ChartAuditItemModel])
  items: ChartAuditItemModel[];

  startedById: string;

  @Field(() => StaffModel, { nullable: true })
  startedBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { description: 'Charts in the sample' })
  chartCount: number;

  @Field(() => Int, { description: 'Answers given, of chartCount × items' })
  answeredCount: number;

  @Field(() => Int)
  answerCount: number;

  @Field(() => Int)
  version: number;

  static from(audit: ChartAuditEntity, extra: { programName: string | null; chartCount: number; answeredCount: number; answerCount: number }): ChartAuditModel {
    return Object.assign(new ChartAuditModel(), {
      id: audit.id,
      quarter: audit.quarter,
      programId: audit.programId,
      workerId: audit.workerId,
      sampleRule: audit.sampleRule,
      sampleSize: audit.sampleSize,
      seed: audit.seed,
      status: audit.status,
      items: audit.items.map(ChartAuditItemModel.from),
      startedById: audit.startedBy,
      startedAt: audit.createdAt,
      completedAt: audit.completedAt,
      version: audit.version,
      ...extra,
    });
  }
}

@ObjectType('ChartAuditConnection')
export class ChartAuditConnection extends Connection(ChartAuditModel, 'ChartAudit') {}

@ObjectType('ChartAuditClient')
export class ChartAuditClientModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  clientNumber: string;
}

@ObjectType('ChartAuditAnswer')
export class ChartAnswerModel {
  @Field(() => ID)
  id: string;

  @Field()
  itemKey: string;

  @Field(() => ChartAuditResult, { nullable: true, description: 'What the system found, for an automatic item' })
  automaticResult: ChartAuditResult | null;

  @Field(() => String, { nullable: true, description: 'What the system found it in, e.g. "Note of 2026-10-03 signed 12 days after the contact."' })
  evidence: string | null;

  @Field(() => ChartAuditResult, { nullable: true, description: 'The answer: the system’s until the reviewer confirms or overrides it; null while unanswered' })
  result: ChartAuditResult | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'The reviewer answered otherwise than the system' })
  overridden: boolean;

  answeredById: string | null;

  @Field(() => StaffModel, { nullable: true })
  answeredBy?: StaffModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt: Date | null;

  @Field(() => Int)
  version: number;

  static from(answer: ChartAnswerEntity): ChartAnswerModel {
    return Object.assign(new ChartAnswerModel(), {
      id: answer.id,
      itemKey: answer.itemKey,
      automaticResult: answer.automaticResult,
      evidence: answer.evidence,
      result: answer.result,
      note: answer.note,
      overridden: answer.automaticResult !== null && answer.result !== null && answer.result !== answer.automaticResult,
      answeredById: answer.answeredBy,
      answeredAt: answer.answeredAt,
      version: answer.version,
    });
  }
}

@ObjectType('CorrectiveAction')
export class CorrectiveActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  chartId: string;

  @Field(() => String, { nullable: true, description: 'The checklist item it puts right, if one' })
  itemKey: string | null;

  @Field()
  what: string;

  assigneeId: string;

  @Field(() => StaffModel, { nullable: true })
  assignee?: StaffModel | null;

  @Field({ description: "'YYYY-MM-DD'" })
  dueOn: string;

  @Field({ description: 'The worker completed the task on their worklist' })
  done: boolean;

  @Field(() => TaskStatus, { description: 'Its worklist task’s status: CANCELLED when the task was called off (the enrollment closed, say)' })
  status: TaskStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  /** Who holds it and how it stands come from its worklist task, which may have been handed over, reassigned or cancelled since. */
  static from(action: CorrectiveActionEntity, task: { assigneeId: string | null; status: TaskStatus } | undefined): CorrectiveActionModel {
    const status = task?.status ?? TaskStatus.OPEN;
    return Object.assign(new CorrectiveActionModel(), {
      id: action.id,
      chartId: action.chartId,
      itemKey: action.itemKey,
      what: action.what,
      assigneeId: task?.assigneeId ?? action.assigneeId,
      dueOn: action.dueOn,
      done: status === TaskStatus.DONE,
      status,
      createdAt: action.createdAt,
    });
  }
}

@ObjectType('AuditedChart', { description: 'A chart in an audit’s sample: one enrollment of a client, its answers, findings and corrective actions' })
export class AuditedChartModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => ChartAuditClientModel, { nullable: true })
  client?: ChartAuditClientModel | null;

  @Field(() => ID)
  enrollmentId: string;

  workerId: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'The chart’s worker when sampled' })
  worker?: StaffModel | null;

  @Field(() => String, { nullable: true })
  findings: string | null;

  @Field(() => [ChartAnswerModel])
  answers: ChartAnswerModel[];

  @Field(() => [CorrectiveActionModel])
  actions: CorrectiveActionModel[];

  @Field(() => Int)
  version: number;

  static from(chart: AuditedChartEntity, answers: ChartAnswerModel[], actions: CorrectiveActionModel[]): AuditedChartModel {
    return Object.assign(new AuditedChartModel(), {
      id: chart.id,
      clientId: chart.clientId,
      enrollmentId: chart.enrollmentId,
      workerId: chart.workerId,
      findings: chart.findings,
      version: chart.version,
      answers,
      actions,
    });
  }
}

@ObjectType('ChartAuditItemCompliance')
export class ItemComplianceModel {
  @Field()
  key: string;

  @Field(() => Int)
  pass: number;

  @Field(() => Int)
  fail: number;

  @Field(() => Int)
  notApplicable: number;

  @Field(() => Int, { nullable: true, description: 'Percent passed of the answers that apply; null when none do' })
  rate: number | null;
}

@ObjectType('ChartAuditWorkerCompliance')
export class WorkerComplianceModel {
  workerId: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'Null: charts without a worker' })
  worker?: StaffModel | null;

  @Field(() => Int)
  charts: number;

  @Field(() => Int)
  pass: number;

  @Field(() => Int)
  fail: number;

  @Field(() => Int, { nullable: true })
  rate: number | null;
}

@ObjectType('ChartAuditCompliance')
export class ComplianceModel {
  @Field(() => Int, { nullable: true, description: 'Percent passed of all answers that apply' })
  rate: number | null;

  @Field(() => [ItemComplianceModel])
  items: ItemComplianceModel[];

  @Field(() => [WorkerComplianceModel])
  workers: WorkerComplianceModel[];
}

@ObjectType('ChartAuditReview', { description: 'An audit with its charts and their answers, and its compliance so far' })
export class ChartAuditReviewModel {
  @Field(() => ChartAuditModel)
  audit: ChartAuditModel;

  @Field(() => [AuditedChartModel])
  charts: AuditedChartModel[];

  @Field(() => ComplianceModel)
  compliance: ComplianceModel;
}
