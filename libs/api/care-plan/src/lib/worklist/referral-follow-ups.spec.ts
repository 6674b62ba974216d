import type { ReferralFact } from '@waymark/api/referral';
import { ReferralStatus, TaskKind, TaskStatus } from '@waymark/shared/types';
import { plannedReferralFollowUps, referralFollowUpClosing } from './referral-follow-ups';

const referral = (status: ReferralStatus, more: Partial<ReferralFact> = {}): ReferralFact => ({
  id: 'r1',
  clientId: 'c1',
  enrollmentId: 'e1',
  status,
  sentAt: new Date('2027-03-01T17:30:00Z'),
  appointmentAt: null,
  label: 'Lakeside Food Pantry',
  sentBy: 'sender',
  ...more,
});

const plan = (referrals: ReferralFact[], today: string, carriers: string[] = ['sender']) =>
  plannedReferralFollowUps({ referrals, carriers: new Set(carriers), primaryCaseManagerId: 'primary', today });

describe('referral follow-ups', () => {
  it('chases an unanswered referral once the no-answer days have passed, for whoever sent it', () => {
    expect(plan([referral(ReferralStatus.SENT)], '2027-03-05')).toEqual([]);
    expect(plan([referral(ReferralStatus.RECEIVED)], '2027-03-06')).toEqual([
      {
        kind: TaskKind.REFERRAL_NO_ANSWER,
        dedupeKey: 'REFERRAL_NO_ANSWER:r1:2027-03-01',
        title: 'Ask Lakeside Food Pantry about the referral',
        dueOn: '2027-03-06',
        priority: 'NORMAL',
        assigneeId: 'sender',
        subjectType: 'REFERRAL',
        subjectId: 'r1',
      },
    ]);
    expect(plan([referral(ReferralStatus.ACCEPTED)], '2027-03-20')).toEqual([]);
  });

  it('gives the follow-up to the primary case manager when the sender no longer carries tasks', () => {
    expect(plan([referral(ReferralStatus.SENT)], '2027-03-10', [])[0].assigneeId).toBe('primary');
  });

  it('checks a booked appointment the day after it, keyed by its day so a reschedule makes a new task', () => {
    const booked = (at: string) => plan([referral(ReferralStatus.SCHEDULED, { appointmentAt: new Date(at) })], '2027-03-08');
    expect(booked('2027-03-12T16:00:00Z')).toEqual([
      expect.objectContaining({ kind: TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP, dedupeKey: 'REFERRAL_APPOINTMENT_FOLLOW_UP:r1:2027-03-12', dueOn: '2027-03-13' }),
    ]);
    expect(booked('2027-03-19T16:00:00Z')[0].dedupeKey).toBe('REFERRAL_APPOINTMENT_FOLLOW_UP:r1:2027-03-19');
  });

  it('closes a follow-up DONE when what it waited for came, and CANCELLED with why otherwise', () => {
    const closing = (kind: TaskKind, status: ReferralStatus | null) => referralFollowUpClosing(kind, status ? referral(status) : undefined);
    expect(closing(TaskKind.REFERRAL_NO_ANSWER, ReferralStatus.ACCEPTED).status).toBe(TaskStatus.DONE);
    expect(closing(TaskKind.REFERRAL_NO_ANSWER, ReferralStatus.DECLINED).status).toBe(TaskStatus.DONE);
    expect(closing(TaskKind.REFERRAL_NO_ANSWER, ReferralStatus.EXPIRED)).toEqual({ status: TaskStatus.CANCELLED, note: 'The referral expired unanswered.' });
    expect(closing(TaskKind.REFERRAL_NO_ANSWER, ReferralStatus.CANCELLED)).toEqual({ status: TaskStatus.CANCELLED, note: 'The referral was cancelled.' });
    expect(closing(TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP, ReferralStatus.COMPLETED).status).toBe(TaskStatus.DONE);
    expect(closing(TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP, ReferralStatus.NO_SHOW).status).toBe(TaskStatus.DONE);
    expect(closing(TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP, ReferralStatus.SCHEDULED)).toEqual({ status: TaskStatus.CANCELLED, note: 'The appointment was rescheduled.' });
    expect(closing(TaskKind.REFERRAL_APPOINTMENT_FOLLOW_UP, null).status).toBe(TaskStatus.CANCELLED);
  });
});
