import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LifeDomain } from '../shared/life-domain.enum';

@ObjectType('GoalCounts')
export class GoalCounts {
  @Field(() => Int)
  achieved: number;

  @Field(() => Int, { description: 'Still being worked on' })
  inProgress: number;

  @Field(() => Int)
  discontinued: number;
}

@ObjectType('GoalReportDomain')
export class GoalReportDomain extends GoalCounts {
  @Field(() => LifeDomain)
  domain: LifeDomain;
}

@ObjectType('GoalReport', {
  description:
    "Goals achieved and not, from each plan in force during the period (its latest approved version: active, or closed after approval), as that version leaves them; the worker: the enrollment's primary case manager",
})
export class GoalReportModel {
  @Field(() => [GoalReportDomain], { description: 'Life domains with goals, by name' })
  domains: GoalReportDomain[];

  @Field(() => GoalCounts)
  totals: GoalCounts;
}
