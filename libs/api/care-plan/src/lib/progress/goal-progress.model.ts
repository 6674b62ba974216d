import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GoalStatus, LifeDomain } from '@waymark/shared/types';
import { GoalStatus as GoalStatusEnum } from '../plan/care-plan-enums';
import { LifeDomain as LifeDomainEnum } from '../shared/life-domain.enum';
import { ProgressEntryModel } from './progress-entry.model';

/** One goal of a client over every version of their plans, followed by its key. */
@ObjectType('GoalProgress')
export class GoalProgressModel {
  @Field(() => ID)
  goalKey: string;

  @Field({ description: 'As the latest version of the plan words it' })
  statement: string;

  @Field(() => LifeDomainEnum)
  domain: LifeDomain;

  @Field(() => GoalStatusEnum)
  status: GoalStatus;

  @Field(() => ID, { description: 'The latest plan version that has the goal' })
  carePlanId: string;

  @Field(() => [ProgressEntryModel], { description: 'Oldest first, for a chart' })
  entries: ProgressEntryModel[];

  @Field(() => Int, { nullable: true })
  latestRating: number | null;

  @Field({ description: 'The latest rating says the goal lost ground or stood still' })
  lackOfProgress: boolean;
}
