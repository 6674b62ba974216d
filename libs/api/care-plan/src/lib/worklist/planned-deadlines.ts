import type { EnrollmentFact } from '@waymark/api/client';
import {
  addDays,
  assessmentDueOn,
  daysBetween,
  followUpDates,
  followUpWindowDays,
  implementationPlanDueOn,
  INITIAL_PERIOD,
  monitoringDueOn,
  nextVisitOn,
  PLAN_APPROVAL_DAYS,
  planDueOn,
  type ProgramRules,
  renewalPeriod,
  TaskKind,
  TaskPriority,
  TaskSubject,
  taskDedupeKey,
} from '@waymark/shared/types';
import type { EnrollmentProgress } from './deadline-facts';
import { plannedReferralFollowUps, type ReferralPlanning } from './referral-follow-ups';

/** A generated task as the rules want it to exist. */
export interface PlannedTask {
  kind: TaskKind;
  dedupeKey: string;
  title: string;
  dueOn: string;
  priority: TaskPriority;
  /** Null: the supervisors' queue. */
  assigneeId: string | null;
  subjectType: TaskSubject;
  subjectId: string;
}

export interface PlanningInput {
  enrollment: EnrollmentFact;
  rules: ProgramRules;
  progress: EnrollmentProgress;
  /** The last visit the schedule counts, if any since the enrollment opened. */
  lastVisitOn: string | null;
  today: string;
  /** The enrollment's referrals (none when left out) and which of their senders still carry tasks. */
  referrals?: ReferralPlanning['referrals'];
  referralSenders?: ReferralPlanning['carriers'];
}

/**
 * Every generated task an enrollment should have now, from its program's rules and what has
 * been done: an open enrollment its assessment, plan, review, approval, visit and monitoring
 * deadlines and its referrals' follow-ups; a closed one its follow-ups only, while they run.
 */
export function plannedDeadlines({ enrollment, rules, progress, lastVisitOn, today, referrals = [], referralSenders = new Set() }: PlanningInput): PlannedTask[] {
  const programName = enrollment.programName;
  const planned: PlannedTask[] = [];
  const onEnrollment = (kind: TaskKind, period: string, dueOn: string, title: string, priority: TaskPriority = TaskPriority.NORMAL) =>
    planned.push({
      kind,
      dedupeKey: taskDedupeKey(kind, enrollment.id, period),
      title,
      dueOn,
      priority,
      assigneeId: enrollment.primaryCaseManagerId,
      subjectType: TaskSubject.ENROLLMENT,
      subjectId: enrollment.id,
    });

  if (enrollment.closedOn) {
    // Follow-ups are planned while their window runs; a case closed long ago gets none late.
    if (daysBetween(enrollment.closedOn, today) > followUpWindowDays(rules.followUpDays)) return planned;
    for (const dueOn of followUpDates(enrollment.closedOn, rules.followUpDays)) {
      onEnrollment(TaskKind.FOLLOW_UP, dueOn, dueOn, `Follow up after discharge from ${programName}`);
    }
    return planned;
  }

  const firstAssessmentDue = assessmentDueOn(enrollment.openedOn, rules.deadlines);
  if (firstAssessmentDue && !progress.firstAssessmentOn) {
    onEnrollment(TaskKind.ASSESSMENT_DUE, INITIAL_PERIOD, firstAssessmentDue, `Complete the first assessment for ${programName}`, TaskPriority.HIGH);
  }
  for (const required of rules.requiredInstruments) {
    const renewal = progress.renewals.find((r) => r.instrumentCode === required.instrumentCode);
    if (!required.renewEveryMonths || !renewal) continue;
    // Named as staff know the instrument; the code stays in the dedupe key for the SPA to look the name up again.
    onEnrollment(TaskKind.ASSESSMENT_DUE, renewalPeriod(required.instrumentCode, renewal.nextDueOn), renewal.nextDueOn, `Renew the ${renewal.instrumentName}`);
  }

  const planDue = progress.firstAssessmentOn ? planDueOn(progress.firstAssessmentOn, rules.deadlines) : null;
  if (planDue && !progress.lastApprovedOn) {
    onEnrollment(TaskKind.PLAN_DUE, INITIAL_PERIOD, planDue, `Put a care plan in place for ${programName}`, TaskPriority.HIGH);
  }
  for (const receivedOn of progress.personDirectedPlansReceivedOn) {
    const dueOn = implementationPlanDueOn(receivedOn, rules.deadlines);
    // A plan approved since the person-directed plan arrived is its implementation plan.
    if (!dueOn || (progress.lastApprovedOn && progress.lastApprovedOn >= receivedOn)) continue;
    onEnrollment(TaskKind.IMPLEMENTATION_PLAN_DUE, receivedOn, dueOn, `Implementation plan for the person-directed plan received ${receivedOn}`, TaskPriority.HIGH);
  }

  const review = progress.activePlan;
  if (review?.reviewDueOn) {
    planned.push({
      kind: TaskKind.PLAN_REVIEW,
      dedupeKey: taskDedupeKey(TaskKind.PLAN_REVIEW, enrollment.id, review.reviewDueOn),
      title: `Review the care plan for ${programName}`,
      dueOn: review.reviewDueOn,
      priority: TaskPriority.NORMAL,
      assigneeId: enrollment.primaryCaseManagerId,
      subjectType: TaskSubject.CARE_PLAN,
      subjectId: review.id,
    });
  }
  for (const pending of progress.pendingPlans) {
    planned.push({
      kind: TaskKind.PLAN_APPROVAL,
      dedupeKey: taskDedupeKey(TaskKind.PLAN_APPROVAL, pending.id, pending.submittedAt),
      title: `Approve or return the care plan for ${programName}`,
      dueOn: addDays(pending.submittedAt.slice(0, 10), PLAN_APPROVAL_DAYS),
      priority: TaskPriority.HIGH,
      assigneeId: null,
      subjectType: TaskSubject.CARE_PLAN,
      subjectId: pending.id,
    });
  }

  if (rules.visitSchedule) {
    const dueOn = nextVisitOn(rules.visitSchedule, enrollment.openedOn, lastVisitOn);
    onEnrollment(TaskKind.VISIT, dueOn, dueOn, `${visitLabel(rules.visitSchedule.kind)} (every ${rules.visitSchedule.everyDays} days)`);
  }
  const everyMonths = rules.deadlines.monitoringEveryMonths;
  if (everyMonths) {
    const dueOn = monitoringDueOn(enrollment.openedOn, everyMonths, today);
    onEnrollment(TaskKind.QUARTERLY_MONITORING, dueOn, dueOn, `Monitoring review for ${programName}`);
  }
  planned.push(...plannedReferralFollowUps({ referrals, carriers: referralSenders, primaryCaseManagerId: enrollment.primaryCaseManagerId, today }));
  return planned;
}

function visitLabel(kind: string): string {
  const labels: Record<string, string> = { HOME_VISIT: 'Home visit', OFFICE_VISIT: 'Office visit', PHONE_CALL: 'Phone call', ANY_CONTACT: 'Contact with the client' };
  return labels[kind] ?? 'Visit';
}
