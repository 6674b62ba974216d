import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DeadlineGroup } from '@waymark/shared/types';
import './report-enums';

@ObjectType('DeadlineCounts', { description: 'Generated deadlines due in the period: met (recorded done on or before the due day, UTC), missed (recorded done or cancelled after it, or still open past it), and open and not yet due' })
export class DeadlineCounts {
  @Field(() => Int)
  met: number;

  @Field(() => Int)
  missed: number;

  @Field(() => Int)
  open: number;
}

@ObjectType('DeadlineReportGroup')
export class DeadlineReportGroup extends DeadlineCounts {
  @Field(() => DeadlineGroup)
  group: DeadlineGroup;
}

@ObjectType('DeadlineReportMonth')
export class DeadlineReportMonth extends DeadlineCounts {
  @Field({ description: 'YYYY-MM, the month the deadlines fell due' })
  month: string;
}

@ObjectType('DeadlineReport', {
  description: "Deadlines met and missed, from the worklist's generated tasks due in the period (those cancelled by their due day left out); the worker: the task's assignee",
})
export class DeadlineReportModel {
  @Field(() => [DeadlineReportGroup], { description: 'Assessments, plans (first plan, implementation plan, reviews) and visits (visits, quarterly monitoring)' })
  groups: DeadlineReportGroup[];

  @Field(() => [DeadlineReportMonth])
  months: DeadlineReportMonth[];

  @Field(() => DeadlineCounts)
  totals: DeadlineCounts;
}
