import type { ReferralFact } from '@waymark/api/referral';
import {
  referralAppointmentFollowUpDueOn,
  referralAwaitsAnswer,
  referralAwaitsAppointment,
  referralFollowUpPeriod,
  referralNoAnswerDueOn,
  ReferralStatus,
  TaskKind,
  TaskPriority,
  TaskStatus,
  TaskSubject,
  taskDedupeKey,
} from '@waymark/shared/types';
import type { TaskClosing } from './closed-deadlines';
import type { PlannedTask } from './planned-deadlines';

export interface ReferralPlanning {
  referrals: readonly ReferralFact[];
  /** The senders of those referrals who still carry tasks (active, in a role that does client work). */
  carriers: ReadonlySet<string>;
  /** Who gets a follow-up whose sender no longer carries tasks; null: the supervisors' queue. */
  primaryCaseManagerId: string | null;
  today: string;
}

/**
 * The sender's follow-ups of an enrollment's referrals. A referral nobody answered is chased
 * once REFERRAL_NO_ANSWER_DAYS have passed since it was sent (not before: most are answered
 * in time, and a task made ahead would only be closed again). An appointment's check is
 * planned as soon as it is booked, due the day after it, and keyed by its day, so a
 * reschedule replaces it.
 */
export function plannedReferralFollowUps({ referrals, carriers, primaryCaseManagerId, today }: ReferralPlanning): PlannedTask[] {
  const planned: PlannedTask[] = [];
  for (const referral of referrals) {
    const assigneeId = referral.sentBy && carriers.has(referral.sentBy) ? referral.sentBy : primaryCaseManagerId;
    const followUp = (kind: TaskKind, from: Date, dueOn: string, title: string) =>
      planned.push({
        kind,
        dedupeKey: taskDedupeKey(kind, referral.id, referralFollowUpPeriod(from)),
        title,
        dueOn,
        priority: TaskPriority.NORMAL,
        assigneeId,
        subjectType: TaskSubject.REFERRAL,
        subjectId: referral.id,
      });
    if (referralAwaitsAnswer(referral.status) && referral.sentAt) {
      const dueOn = referralNoAnswerDueOn(referral.sentAt);
      if (dueOn <= today) followUp(TaskKind.REFERRAL_NO_ANSWER, referral.sentAt, dueOn, `Ask ${referral.label} about the referral`);
    }
    if (referralAwaitsAppointment(referral.status) && referral.appointmentAt) {
      const dueOn = referralAppointmentFollowUpDueOn(referral.appointmentAt);
      followUp(TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP, referral.appointmentAt, dueOn, `Check the appointment with ${referral.label} happened`);
    }
  }
  return planned;
}

const cancelled = (note: string): TaskClosing => ({ status: TaskStatus.CANCELLED, note });
const GONE = cancelled('The referral it concerned is gone.');
const NOT_ASKED = cancelled('The rules no longer ask for it.');
const REFERRAL_CANCELLED = cancelled('The referral was cancelled.');
const ANSWERED: TaskClosing = { status: TaskStatus.DONE, note: 'The receiver answered the referral.' };
const OUTCOME_RECORDED: TaskClosing = { status: TaskStatus.DONE, note: 'Whether the appointment happened is recorded on the referral.' };

/**
 * How a referral follow-up the rules no longer want closes: DONE when what it waited for came
 * (an answer; the appointment's completion or no-show), CANCELLED with why otherwise (the
 * referral cancelled, expired unanswered, declined before the appointment, rescheduled).
 */
export function referralFollowUpClosing(kind: TaskKind, referral: ReferralFact | undefined): TaskClosing {
  if (!referral) return GONE;
  if (referral.status === ReferralStatus.CANCELLED) return REFERRAL_CANCELLED;
  if (kind === TaskKind.REFERRAL_NO_ANSWER) {
    if (referral.status === ReferralStatus.EXPIRED) return cancelled('The referral expired unanswered.');
    return referralAwaitsAnswer(referral.status) ? NOT_ASKED : ANSWERED;
  }
  switch (referral.status) {
    case ReferralStatus.COMPLETED:
    case ReferralStatus.NO_SHOW:
      return OUTCOME_RECORDED;
    case ReferralStatus.SCHEDULED:
      return cancelled('The appointment was rescheduled.');
    case ReferralStatus.DECLINED:
      return cancelled('The receiver declined the referral.');
    default:
      return NOT_ASKED;
  }
}
