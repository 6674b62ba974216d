import { TASK_LIST_QUERIES } from '../worklist/task-lists';

/**
 * The queries a plan's step changes the answers of: the client's plans, the approval queue,
 * the case manager's plans in progress, and — since submitting, approving, returning and
 * closing close or create tasks — every list and count of tasks on screen.
 */
export const PLAN_STEP_QUERIES = ['ClientCarePlans', 'CarePlansAwaitingApproval', 'MyCarePlansInProgress', 'MyPlanWork', ...TASK_LIST_QUERIES];
