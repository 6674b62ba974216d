import { ReferralStatus } from '@waymark/shared/types';
import { assessmentsCurrent } from './assessments-current';
import type { ChartEvidence } from './chart-evidence';
import { consentsValid } from './consents-valid';
import { notesSignedOnTime } from './notes-signed-on-time';
import { planSignedAndReviewed } from './plan-signed-reviewed';
import { referralsFollowedUp } from './referrals-followed-up';

const chart = (more: Partial<ChartEvidence> = {}): ChartEvidence => ({
  asOf: '2026-11-24',
  judgedAt: new Date('2026-11-24T23:59:59.999Z'),
  closedOn: null,
  from: '2026-10-01',
  requiredInstruments: [],
  firstAssessmentDueOn: null,
  firstPlanDueOn: null,
  assessments: [],
  activePlan: null,
  notes: [],
  lateEntryDays: 3,
  referrals: [],
  consents: new Map(),
  ...more,
});

const referral = (status: ReferralStatus, more: Partial<ChartEvidence['referrals'][number]> = {}): ChartEvidence['referrals'][number] => ({
  id: 'r1',
  clientId: 'c1',
  enrollmentId: 'e1',
  status,
  sentAt: new Date('2026-11-10T17:00:00Z'),
  appointmentAt: null,
  label: 'Lakeside Food Pantry',
  sentBy: 'u1',
  consentId: null,
  ...more,
});

describe('chart-audit checks', () => {
  it('assessments: a renewal due on the day judged is still current; one due the day before is not', () => {
    const assessed = (nextDueOn: string | null) => chart({ requiredInstruments: ['ICAP'], assessments: [{ instrumentCode: 'ICAP', instrumentName: 'ICAP', completedOn: '2023-11-24', nextDueOn }] });
    expect(assessmentsCurrent(assessed('2026-11-24'), null).result).toBe('PASS');
    expect(assessmentsCurrent(assessed(null), null)).toEqual({ result: 'PASS', evidence: 'ICAP of 2023-11-24.' });
    expect(assessmentsCurrent(assessed('2026-11-23'), null)).toEqual({ result: 'FAIL', evidence: 'ICAP of 2023-11-24 was due for renewal on 2026-11-23.' });
    expect(assessmentsCurrent(chart(), null).result).toBe('NOT_APPLICABLE');
  });

  it('assessments: none yet is not applicable while the first is not due, and fails once it was', () => {
    expect(assessmentsCurrent(chart({ requiredInstruments: ['ICAP'], firstAssessmentDueOn: '2026-12-20' }), null)).toEqual({ result: 'NOT_APPLICABLE', evidence: 'First ICAP due 2026-12-20.' });
    expect(assessmentsCurrent(chart({ requiredInstruments: ['ICAP'], firstAssessmentDueOn: '2026-11-23' }), null)).toEqual({
      result: 'FAIL',
      evidence: 'No completed ICAP assessment; the first was due 2026-11-23.',
    });
  });

  it('plan: none in force fails once due, is not applicable before; unsigned or overdue review fails', () => {
    expect(planSignedAndReviewed(chart(), null)).toEqual({ result: 'FAIL', evidence: 'No plan in force.' });
    expect(planSignedAndReviewed(chart({ firstPlanDueOn: '2026-12-01' }), null)).toEqual({ result: 'NOT_APPLICABLE', evidence: 'First plan due 2026-12-01.' });
    expect(planSignedAndReviewed(chart({ firstAssessmentDueOn: '2026-12-01' }), null).result).toBe('NOT_APPLICABLE');
    expect(planSignedAndReviewed(chart({ activePlan: { approvedOn: '2026-01-02', acknowledgedOn: null, reviewDueOn: null } }), null).evidence).toBe('Plan approved on 2026-01-02 is not signed by the client.');
    expect(planSignedAndReviewed(chart({ activePlan: { approvedOn: '2026-01-02', acknowledgedOn: '2026-01-03', reviewDueOn: '2026-11-23' } }), null).result).toBe('FAIL');
    expect(planSignedAndReviewed(chart({ activePlan: { approvedOn: '2026-01-02', acknowledgedOn: '2026-01-03', reviewDueOn: null } }), null).result).toBe('PASS');
  });

  it('notes: elapsed time against the limit (isLateEntry); the agency’s late-entry flag when the item sets no days; a draft counts to the day judged', () => {
    const note = (occurredAt: string, signedAt: string | null, lateEntry = false) => ({
      enrollmentId: 'e1',
      id: occurredAt,
      occurredOn: occurredAt.slice(0, 10),
      signedOn: signedAt?.slice(0, 10) ?? null,
      occurredAt: new Date(occurredAt),
      signedAt: signedAt ? new Date(signedAt) : null,
      lateEntry,
    });
    expect(notesSignedOnTime(chart({ notes: [note('2026-10-03T10:00:00Z', '2026-10-08T10:00:00Z')] }), 5).result).toBe('PASS');
    expect(notesSignedOnTime(chart({ notes: [note('2026-10-03T10:00:00Z', '2026-10-08T10:00:01Z')] }), 5)).toEqual({
      result: 'FAIL',
      evidence: 'Note of 2026-10-03 was signed on 2026-10-08, more than 5 days after the contact.',
    });
    expect(notesSignedOnTime(chart({ notes: [note('2026-10-03T10:00:00Z', '2026-10-20T10:00:00Z', false)] }), null).result).toBe('PASS');
    expect(notesSignedOnTime(chart({ notes: [note('2026-10-03T10:00:00Z', '2026-10-04T10:00:00Z', true)] }), null).result).toBe('FAIL');
    expect(notesSignedOnTime(chart({ notes: [note('2026-11-22T10:00:00Z', null)] }), null).result).toBe('PASS');
    expect(notesSignedOnTime(chart({ notes: [note('2026-11-20T10:00:00Z', null)] }), null).evidence).toBe('Note of 2026-11-20 was still unsigned on 2026-11-24, more than 3 days after the contact.');
    expect(notesSignedOnTime(chart(), 3).result).toBe('NOT_APPLICABLE');
  });

  it('consents: only open referrals shared under a consent are judged; revoked by the day judged fails, revoked after it does not', () => {
    const consent = (revokedOn: string | null, effectiveFrom = '2026-01-01') => new Map([['k1', { id: 'k1', clientId: 'c1', recipientName: 'Lakeside', effectiveFrom, effectiveUntil: null, revokedOn }]]);
    const open = [referral(ReferralStatus.ACCEPTED, { consentId: 'k1' })];
    expect(consentsValid(chart({ referrals: [referral(ReferralStatus.COMPLETED, { consentId: 'k1' })], consents: consent('2026-11-01') }), null).result).toBe('NOT_APPLICABLE');
    expect(consentsValid(chart({ referrals: open, consents: consent('2026-11-01') }), null)).toEqual({
      result: 'FAIL',
      evidence: 'Consent for Lakeside was revoked on 2026-11-01 while the referral to Lakeside Food Pantry is open.',
    });
    expect(consentsValid(chart({ referrals: open, consents: consent('2026-11-25') }), null).result).toBe('PASS');
    expect(consentsValid(chart({ referrals: open, consents: consent(null, '2026-12-01') }), null).result).toBe('FAIL');
  });

  it('referrals: unanswered within the no-answer days passes; a booked appointment without an outcome past its check fails', () => {
    expect(referralsFollowedUp(chart({ referrals: [referral(ReferralStatus.SENT, { sentAt: new Date('2026-11-20T10:00:00Z') })] }), null).result).toBe('PASS');
    const late = referralsFollowedUp(chart({ referrals: [referral(ReferralStatus.SCHEDULED, { appointmentAt: new Date('2026-11-02T15:00:00Z') })] }), null);
    expect(late).toEqual({ result: 'FAIL', evidence: 'Referral to Lakeside Food Pantry: the appointment of 2026-11-02 has no outcome.' });
    expect(referralsFollowedUp(chart({ referrals: [referral(ReferralStatus.DRAFT, { sentAt: null })] }), null).result).toBe('NOT_APPLICABLE');
  });
});
