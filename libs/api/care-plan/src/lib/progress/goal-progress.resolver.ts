import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CarePlanGoalModel } from '../plan/care-plan-goal.model';
import { ProgressEntryModel } from './progress-entry.model';
import { ProgressLoader } from './progress.loader';

/** A plan goal's progress, over every version of the plan (by goal key), batched across the page's goals. */
@Resolver(() => CarePlanGoalModel)
export class GoalProgressResolver {
  constructor(private readonly progress: ProgressLoader) {}

  @ResolveField('progress', () => [ProgressEntryModel], { description: 'Oldest first' })
  progressOf(@Parent() goal: CarePlanGoalModel) {
    return this.progress.byGoal(goal.goalKey);
  }
}
