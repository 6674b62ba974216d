import { Role } from '../role';

/** Who approves or returns a submitted care plan (never its own author). */
export const PLAN_APPROVER_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];

/** Who writes the plan templates programs offer. */
export const PLAN_TEMPLATE_EDITOR_ROLES: readonly Role[] = [Role.ADMIN];

/** Bounds of a care plan and its parts, shared by the API's inputs and the SPA's editor. */
export const PLAN_GOALS_MAX = 30;
export const GOAL_OBJECTIVES_MAX = 20;
export const GOAL_INTERVENTIONS_MAX = 30;
/** A goal in the client's own words, an objective, an intervention: a sentence or two. */
export const PLAN_ITEM_TEXT_MAX_LENGTH = 1000;
