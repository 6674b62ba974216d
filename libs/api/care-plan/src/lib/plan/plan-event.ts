import type { CarePlanEventPayload } from '../shared/care-plan-events';
import type { CarePlanEntity } from './entities/care-plan.entity';

/** What the worklist hears of a plan's step. */
export function planEvent(plan: CarePlanEntity): CarePlanEventPayload {
  return {
    carePlanId: plan.id,
    clientId: plan.clientId,
    enrollmentId: plan.enrollmentId,
    authorId: plan.authorId,
    status: plan.status,
    reviewDueOn: plan.reviewDueOn,
  };
}
