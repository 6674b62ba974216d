import { REFERRAL_FHIR_REQUEST_STATUS, REFERRAL_FHIR_TASK_STATUS } from './referral-fhir';
import { OPEN_REFERRAL_STATUSES, REFERRAL_STATUSES, REFERRAL_TRANSITIONS } from './referral-status';

/** FHIR's final statuses: a resource in one of them does not change again. */
const FINAL_TASK = ['rejected', 'cancelled', 'failed', 'completed'];
const FINAL_REQUEST = ['revoked', 'completed'];

describe('the FHIR view of the referral status machine', () => {
  it('maps a status the referral can still leave to a FHIR status that is not final, and one it cannot to a final one', () => {
    for (const status of REFERRAL_STATUSES) {
      const canMove = Object.keys(REFERRAL_TRANSITIONS[status]).length > 0;
      expect([status, FINAL_TASK.includes(REFERRAL_FHIR_TASK_STATUS[status])]).toEqual([status, !canMove]);
      // A draft is not yet a request; every other open status leaves the request standing.
      if (status !== 'DRAFT') expect([status, FINAL_REQUEST.includes(REFERRAL_FHIR_REQUEST_STATUS[status])]).toEqual([status, !canMove]);
    }
  });

  it('holds a no-show (it may be booked again) rather than failing it', () => {
    expect(OPEN_REFERRAL_STATUSES).toContain('NO_SHOW');
    expect([REFERRAL_FHIR_TASK_STATUS.NO_SHOW, REFERRAL_FHIR_REQUEST_STATUS.NO_SHOW]).toEqual(['on-hold', 'active']);
  });
});
