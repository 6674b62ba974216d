import { Role } from '../role';
import { daysBetween } from './care-calendar';

/**
 * What a worklist task is for. Every kind but MANUAL is generated from a program's rules and
 * closes itself when the linked work is done. Never rename a value.
 */
export const TaskKind = {
  MANUAL: 'MANUAL',
  /** The first assessment after enrollment, and renewals of a program's required instruments. */
  ASSESSMENT_DUE: 'ASSESSMENT_DUE',
  /** A plan in place within the program's days of the first assessment. */
  PLAN_DUE: 'PLAN_DUE',
  /** The implementation plan, N days after the person-directed plan was received. */
  IMPLEMENTATION_PLAN_DUE: 'IMPLEMENTATION_PLAN_DUE',
  PLAN_REVIEW: 'PLAN_REVIEW',
  /** A plan waiting for a supervisor's approval. */
  PLAN_APPROVAL: 'PLAN_APPROVAL',
  /** The program's visit schedule (e.g. a monthly home visit). */
  VISIT: 'VISIT',
  QUARTERLY_MONITORING: 'QUARTERLY_MONITORING',
  /** After discharge, at the program's follow-up days (30, 60 and 90 by default). */
  FOLLOW_UP: 'FOLLOW_UP',
  /** A sent referral the receiver has not answered within REFERRAL_NO_ANSWER_DAYS. */
  REFERRAL_NO_ANSWER: 'REFERRAL_NO_ANSWER',
  /** After a referral's appointment: did it happen? */
  REFERRAL_APPOINTMENT_FOLLOW_UP: 'REFERRAL_APPOINTMENT_FOLLOW_UP',
  /** Before a client's appointment: transport arranged, those who must know told. */
  APPOINTMENT_PREPARE: 'APPOINTMENT_PREPARE',
  /** After a client's appointment: record whether it was kept, missed or rescheduled. */
  APPOINTMENT_OUTCOME: 'APPOINTMENT_OUTCOME',
  /** A missed appointment's follow-up with the client. */
  APPOINTMENT_MISSED: 'APPOINTMENT_MISSED',
  /** A care-team member's training on a client's needs is due to be refreshed. */
  TRAINING_REFRESHER: 'TRAINING_REFRESHER',
  /** The morning after an after-hours call: the client's worker follows it up. */
  ON_CALL_FOLLOW_UP: 'ON_CALL_FOLLOW_UP',
  /** A chart audit's finding asks the worker to put something right by a date. */
  CORRECTIVE_ACTION: 'CORRECTIVE_ACTION',
  /** A trust-fund request waits for a supervisor's approval. */
  FUND_APPROVAL: 'FUND_APPROVAL',
  /** Someone opened a client's record in an emergency: their supervisor reviews why. */
  EMERGENCY_ACCESS_REVIEW: 'EMERGENCY_ACCESS_REVIEW',
} as const;
export type TaskKind = (typeof TaskKind)[keyof typeof TaskKind];
export const TASK_KINDS = Object.values(TaskKind);

export const TaskStatus = {
  OPEN: 'OPEN',
  DONE: 'DONE',
  CANCELLED: 'CANCELLED',
} as const;
export type TaskStatus = (typeof TaskStatus)[keyof typeof TaskStatus];
export const TASK_STATUSES = Object.values(TaskStatus);

export const TaskPriority = {
  URGENT: 'URGENT',
  HIGH: 'HIGH',
  NORMAL: 'NORMAL',
  LOW: 'LOW',
} as const;
export type TaskPriority = (typeof TaskPriority)[keyof typeof TaskPriority];
export const TASK_PRIORITIES = Object.values(TaskPriority);

/** The record a task concerns, besides its client. */
export const TaskSubject = {
  CLIENT: 'CLIENT',
  ENROLLMENT: 'ENROLLMENT',
  CARE_PLAN: 'CARE_PLAN',
  ASSESSMENT: 'ASSESSMENT',
  REFERRAL: 'REFERRAL',
  APPOINTMENT: 'APPOINTMENT',
  TRAINING: 'TRAINING',
  EMERGENCY_CALL: 'EMERGENCY_CALL',
  CHART_AUDIT: 'CHART_AUDIT',
  FUND_REQUEST: 'FUND_REQUEST',
  ACCESS_GRANT: 'ACCESS_GRANT',
} as const;
export type TaskSubject = (typeof TaskSubject)[keyof typeof TaskSubject];
export const TASK_SUBJECTS = Object.values(TaskSubject);

/** Where an open task stands against today: the worklist's sections. */
export const TaskTiming = {
  OVERDUE: 'OVERDUE',
  TODAY: 'TODAY',
  UPCOMING: 'UPCOMING',
} as const;
export type TaskTiming = (typeof TaskTiming)[keyof typeof TaskTiming];
export const TASK_TIMINGS = Object.values(TaskTiming);

/** The dashboard's "next days" window: open tasks due after today and no later than this many days ahead. */
export const UPCOMING_WINDOW_DAYS = 7;

/** The dashboard's assessments-due window: open ASSESSMENT_DUE tasks due no later than this many days ahead (overdue ones included). */
export const ASSESSMENTS_DUE_WINDOW_DAYS = 30;

/** The widest "due within N days" a worklist filter takes (a year). */
export const DUE_WITHIN_DAYS_MAX = 365;

export function taskTiming(dueOn: string, today: string): TaskTiming {
  const days = daysBetween(today, dueOn);
  if (days < 0) return TaskTiming.OVERDUE;
  return days === 0 ? TaskTiming.TODAY : TaskTiming.UPCOMING;
}

/** Who carries tasks (is assigned them, creates and works them): everyone but an auditor, who only reads. */
export const TASK_CARRIER_ROLES: readonly Role[] = [Role.ADMIN, Role.SUPERVISOR, Role.CASE_MANAGER, Role.INTAKE];

/** Who sees and reassigns everyone's tasks, works the plan-approval queue and is told of overdue work. */
export const WORKLIST_OVERSEER_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];

/**
 * Generated kinds that close themselves when their work is done (an assessment completed, a
 * plan approved, reviewed or decided, a referral answered or its appointment's outcome
 * recorded): nobody completes them by hand, and only a supervisor or an admin cancels one,
 * giving a reason. A visit, monitoring or follow-up may be documented elsewhere, so those are
 * completed by hand.
 */
export const SELF_CLOSING_TASK_KINDS: readonly TaskKind[] = [
  TaskKind.ASSESSMENT_DUE,
  TaskKind.PLAN_DUE,
  TaskKind.IMPLEMENTATION_PLAN_DUE,
  TaskKind.PLAN_REVIEW,
  TaskKind.PLAN_APPROVAL,
  TaskKind.REFERRAL_NO_ANSWER,
  TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP,
  TaskKind.APPOINTMENT_OUTCOME,
  TaskKind.TRAINING_REFRESHER,
  TaskKind.FUND_APPROVAL,
];

/**
 * Whether a task closes itself when its work is done: generated by a program rule (a task
 * someone wrote never does) and of a self-closing kind. Nobody completes it by hand, and only
 * an overseer (WORKLIST_OVERSEER_ROLES) cancels it.
 */
export function taskClosesItself(task: { kind: TaskKind; generated: boolean }): boolean {
  return task.generated && SELF_CLOSING_TASK_KINDS.includes(task.kind);
}
