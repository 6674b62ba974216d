import { Field, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { ASSESSMENTS_DUE_WINDOW_DAYS, UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';

/** The caller's day at a glance, counted against the agency clock. */
@ObjectType('WorkSummary')
export class WorkSummaryModel {
  @Field(() => Int, { description: 'My open tasks due before today' })
  overdue: number;

  @Field(() => Int)
  dueToday: number;

  @Field(() => Int, { description: `My open tasks due in the next ${UPCOMING_WINDOW_DAYS} days: myTasks(filter: { timing: UPCOMING, dueWithinDays: ${UPCOMING_WINDOW_DAYS} })` })
  upcoming: number;

  @Field(() => Int, {
    description: `My open ASSESSMENT_DUE tasks due within ${ASSESSMENTS_DUE_WINDOW_DAYS} days (or overdue): myTasks(filter: { kinds: [ASSESSMENT_DUE], dueWithinDays: ${ASSESSMENTS_DUE_WINDOW_DAYS} })`,
  })
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
