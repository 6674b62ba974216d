import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@waymark/api/common';
import { StaffModel } from '@waymark/api/client';
import { renewedInstrumentCode, TaskKind, TaskPriority, TaskStatus, TaskSubject, TaskTiming, taskTiming } from '@waymark/shared/types';
import './task-enums';
import type { TaskEntity } from './task.entity';

/** The client a task concerns, as a worklist row names them. */
@ObjectType('TaskClient')
export class TaskClientModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  clientNumber: string;
}

@ObjectType('Task')
export class TaskModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with a change; a stale version is refused with CONFLICT' })
  version: number;

  @Field(() => TaskKind)
  kind: TaskKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => String, { nullable: true, description: "The enrollment's program, which a generated task's title names; null without an enrollment" })
  programName?: string | null;

  /** The instrument a renewal is of, from its dedupe key; resolved to its name. */
  instrumentCode: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The name of the instrument an ASSESSMENT_DUE renewal is of (its latest revision's), which the title names; null for any other task",
  })
  instrumentName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Whom a referral follow-up's referral went to (the service's or the provider's name), which the title names; null for any other task",
  })
  referralLabel?: string | null;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => TaskPriority)
  priority: TaskPriority;

  @Field({ description: "Due, as 'YYYY-MM-DD'" })
  dueOn: string;

  @Field(() => TaskTiming, { nullable: true, description: 'Overdue, today or upcoming against the agency clock; null unless OPEN' })
  timing: TaskTiming | null;

  /** Resolved through the per-request StaffLoader. */
  assigneeId: string | null;

  @Field(() => StaffModel, { nullable: true, description: "Null on a plan approval: the supervisors' shared queue" })
  assignee?: StaffModel | null;

  @Field(() => ID, { nullable: true, description: 'The client it is about, if any (client names them)' })
  clientId: string | null;

  @Field(() => TaskClientModel, { nullable: true })
  client?: TaskClientModel | null;

  @Field(() => ID, { nullable: true })
  enrollmentId: string | null;

  @Field(() => TaskSubject, { nullable: true })
  subjectType: TaskSubject | null;

  @Field(() => ID, { nullable: true })
  subjectId: string | null;

  @Field({ description: 'Made from program rules; it closes itself when the linked work is done' })
  generated: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the overdue task was escalated to the supervisors' })
  escalatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  completedById: string | null;

  @Field(() => StaffModel, { nullable: true, description: 'Null when the task closed itself' })
  completedBy?: StaffModel | null;

  @Field(() => String, { nullable: true, description: 'Why it was done or cancelled' })
  completionNote: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  static from(task: TaskEntity, today: string): TaskModel {
    return Object.assign(new TaskModel(), {
      id: task.id,
      version: task.version,
      kind: task.kind,
      title: task.title,
      details: task.details,
      instrumentCode: renewedInstrumentCode(task.dedupeKey),
      status: task.status,
      priority: task.priority,
      dueOn: task.dueOn,
      timing: task.status === TaskStatus.OPEN ? taskTiming(task.dueOn, today) : null,
      assigneeId: task.assigneeId,
      clientId: task.clientId,
      enrollmentId: task.enrollmentId,
      subjectType: task.subjectType,
      subjectId: task.subjectId,
      generated: task.dedupeKey !== null,
      escalatedAt: task.escalatedAt,
      completedAt: task.completedAt,
      completedById: task.completedBy,
      completionNote: task.completionNote,
      createdAt: task.createdAt,
      updatedAt: task.updatedAt,
    });
  }
}

@ObjectType()
export class TaskConnection extends Connection(TaskModel, 'Task') {
  @Field(() => Int)
  totalCount: number;
}
