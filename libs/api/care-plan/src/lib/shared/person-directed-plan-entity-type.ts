/**
 * The audit trail's name for a person-directed plan, for writers outside the worklist (the
 * demo seed). The worklist's own service names it too; it should import this one.
 */
export const PERSON_DIRECTED_PLAN = 'PersonDirectedPlan';
