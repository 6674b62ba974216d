import { canMoveReferral, isReferralReschedule, missingReferralMoveFields, nextReferralStatuses, REFERRAL_FHIR_TASK_STATUS, REFERRAL_STATUSES, ReferralSide, ReferralStatus } from '.';

describe('referral status machine', () => {
  it('lets the sender send and cancel, and the receiver answer, on Waymark', () => {
    expect(canMoveReferral(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralSide.SENDER, true)).toBe(true);
    expect(canMoveReferral(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralSide.RECEIVER, true)).toBe(true);
    expect(canMoveReferral(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralSide.SENDER, true)).toBe(false);
    expect(canMoveReferral(ReferralStatus.SENT, ReferralStatus.CANCELLED, ReferralSide.RECEIVER, true)).toBe(false);
  });

  it('lets the sender record the receiver’s steps when the receiver is not on Waymark', () => {
    expect(canMoveReferral(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralSide.SENDER, false)).toBe(true);
    expect(canMoveReferral(ReferralStatus.SENT, ReferralStatus.EXPIRED, ReferralSide.SENDER, false)).toBe(false);
  });

  it('ends at the terminal statuses', () => {
    for (const status of [ReferralStatus.COMPLETED, ReferralStatus.DECLINED, ReferralStatus.CANCELLED, ReferralStatus.EXPIRED]) {
      expect(nextReferralStatuses(status, ReferralSide.SENDER, false)).toEqual([]);
      expect(nextReferralStatuses(status, ReferralSide.RECEIVER, true)).toEqual([]);
    }
  });

  it('skips no step backwards: a completed referral cannot be scheduled again', () => {
    expect(canMoveReferral(ReferralStatus.COMPLETED, ReferralStatus.SCHEDULED, ReferralSide.RECEIVER, true)).toBe(false);
    expect(canMoveReferral(ReferralStatus.DRAFT, ReferralStatus.ACCEPTED, ReferralSide.RECEIVER, true)).toBe(false);
  });

  it('maps every status to a FHIR Task status', () => {
    expect(REFERRAL_STATUSES.every((status) => REFERRAL_FHIR_TASK_STATUS[status])).toBe(true);
  });

  it('calls a new booking after a booking or a no-show a reschedule, and a first booking not', () => {
    expect(isReferralReschedule(ReferralStatus.SCHEDULED, ReferralStatus.SCHEDULED)).toBe(true);
    expect(isReferralReschedule(ReferralStatus.NO_SHOW, ReferralStatus.SCHEDULED)).toBe(true);
    expect(isReferralReschedule(ReferralStatus.ACCEPTED, ReferralStatus.SCHEDULED)).toBe(false);
    expect(isReferralReschedule(null, ReferralStatus.SCHEDULED)).toBe(false);
  });

  it('asks a decline for another reason, and a cancellation, to say why in the note', () => {
    expect(missingReferralMoveFields(ReferralStatus.DECLINED, { declineReason: 'OTHER', note: ' ' })).toEqual(['note']);
    expect(missingReferralMoveFields(ReferralStatus.DECLINED, { declineReason: 'NO_CAPACITY' })).toEqual([]);
    expect(missingReferralMoveFields(ReferralStatus.CANCELLED, {})).toEqual(['note']);
  });
});
