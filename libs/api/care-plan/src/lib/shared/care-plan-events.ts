/**
 * What happens inside the care-plan context that its worklist answers to: completing the
 * linked work closes a task and may start the next deadline. Emitted with `emitInTransaction` inside
 * the change's transaction; the worklist listens with `{ suppressErrors: false }`, so a task
 * that cannot be written fails the change that asked for it.
 */
export const CarePlanEvent = {
  /** AssessmentEvent, after an assessment (or its correction) is completed. */
  ASSESSMENT_COMPLETED: 'care-plan.assessment.completed',
  /** CarePlanEvent, after a plan is submitted for approval. */
  PLAN_SUBMITTED: 'care-plan.plan.submitted',
  /** CarePlanEvent, after a plan is approved (returned plans go back to DRAFT: PLAN_RETURNED). */
  PLAN_APPROVED: 'care-plan.plan.approved',
  PLAN_RETURNED: 'care-plan.plan.returned',
  /** CarePlanEvent, after a plan is closed. */
  PLAN_CLOSED: 'care-plan.plan.closed',
  /** TaskOverdueEvent, when the sweep escalates tasks past their due date (each task once). */
  TASK_OVERDUE: 'care-plan.task.overdue',
} as const;

/** Tasks just escalated as overdue: ids and dates only. */
export interface TaskOverdueEvent {
  tasks: { taskId: string; clientId: string | null; kind: string; dueOn: string; assigneeId: string | null }[];
}

export interface AssessmentEvent {
  assessmentId: string;
  clientId: string;
  enrollmentId: string | null;
  instrumentCode: string;
  completedOn: string;
  nextDueOn: string | null;
}

export interface CarePlanEventPayload {
  carePlanId: string;
  clientId: string;
  enrollmentId: string;
  authorId: string | null;
  status: string;
  reviewDueOn: string | null;
}
