import { ChartAuditResult, referralAppointmentFollowUpDueOn, referralAwaitsAnswer, referralAwaitsAppointment, referralNoAnswerDueOn } from '@waymark/shared/types';
import type { ChartCheck } from './chart-evidence';

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Referrals followed up: no referral of the enrollment still waits for an answer past the
 * day its no-answer follow-up was due, or for its appointment's outcome past the day that
 * check was due (the worklist's own follow-up days). Not applicable without sent referrals.
 */
export const referralsFollowedUp: ChartCheck = ({ asOf, referrals }) => {
  const sent = referrals.filter((r) => r.sentAt);
  if (!sent.length) return { result: ChartAuditResult.NOT_APPLICABLE, evidence: 'No referrals sent.' };
  const problems: string[] = [];
  for (const referral of sent) {
    if (referralAwaitsAnswer(referral.status) && referral.sentAt && referralNoAnswerDueOn(referral.sentAt) < asOf) {
      problems.push(`Referral to ${referral.label} sent on ${day(referral.sentAt)} has no answer; its follow-up was due ${referralNoAnswerDueOn(referral.sentAt)}.`);
    }
    if (referralAwaitsAppointment(referral.status) && referral.appointmentAt && referralAppointmentFollowUpDueOn(referral.appointmentAt) < asOf) {
      problems.push(`Referral to ${referral.label}: the appointment of ${day(referral.appointmentAt)} has no outcome.`);
    }
  }
  if (problems.length) return { result: ChartAuditResult.FAIL, evidence: problems.join(' ') };
  return { result: ChartAuditResult.PASS, evidence: `${sent.length} referral${sent.length === 1 ? '' : 's'} answered or followed up in time.` };
};
