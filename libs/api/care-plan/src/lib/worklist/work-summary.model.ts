import { Field, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';

/** The caller's day at a glance, counted against the agency clock. */
@ObjectType('WorkSummary')
export class WorkSummaryModel {
  @Field(() => Int, { description: 'My open tasks due before today' })
  overdue: number;

  @Field(() => Int)
  dueToday: number;

  @Field(() => Int, { description: 'My open tasks due in the next 7 days' })
  upcoming: number;

  @Field(() => Int, { description: 'My open ASSESSMENT_DUE tasks due within 30 days (or overdue)' })
  assessmentsDue: number;

  @Field(() => Int, { description: 'Clients on my caseload' })
  caseload: number;
}

/** One worker's overdue work, for a supervisor. */
@ObjectType('WorkerOverdue')
export class WorkerOverdueModel {
  @Field(() => StaffModel)
  worker: StaffModel;

  @Field(() => Int)
  overdue: number;

  @Field(() => Int, { description: 'Of those, escalated to the supervisors' })
  escalated: number;

  @Field(() => String, { nullable: true, description: "The oldest overdue due date, 'YYYY-MM-DD'" })
  oldestDueOn: string | null;
}
