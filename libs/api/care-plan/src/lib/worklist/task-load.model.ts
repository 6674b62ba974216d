import { Field, Int, ObjectType } from '@nestjs/graphql';
import { StaffModel } from '@waymark/api/client';
import { UPCOMING_WINDOW_DAYS } from '@waymark/shared/types';

/** One worker's open tasks by timing, for balancing work across a team; the supervisors' queue is a row of its own. */
@ObjectType('WorkerTaskLoad')
export class WorkerTaskLoadModel {
  @Field(() => StaffModel, { nullable: true, description: "Null for the supervisors' queue: open tasks nobody is assigned" })
  worker: StaffModel | null;

  @Field(() => Int)
  open: number;

  @Field(() => Int, { description: 'Of the open ones, due before today' })
  overdue: number;

  @Field(() => Int, { description: `Of the open ones, due today or in the next ${UPCOMING_WINDOW_DAYS} days` })
  dueThisWeek: number;

  @Field(() => String, { nullable: true, description: "The oldest overdue due date, 'YYYY-MM-DD'; null when nothing is overdue" })
  oldestOverdueOn: string | null;
}
