/**
 * Where a client's enrollment in one program stands. The API refuses any move not listed in
 * ENROLLMENT_STATUS_TRANSITIONS and the SPA offers only the listed ones. A closed enrollment
 * stays closed: coming back means a new enrollment, so each episode keeps its own dates.
 */
export const EnrollmentStatus = {
  PENDING: 'PENDING',
  ACTIVE: 'ACTIVE',
  ON_HOLD: 'ON_HOLD',
  CLOSED: 'CLOSED',
} as const;
export type EnrollmentStatus = (typeof EnrollmentStatus)[keyof typeof EnrollmentStatus];
export const ENROLLMENT_STATUSES = Object.values(EnrollmentStatus);

export const ENROLLMENT_STATUS_TRANSITIONS: Readonly<Record<EnrollmentStatus, readonly EnrollmentStatus[]>> = {
  PENDING: ['ACTIVE', 'CLOSED'],
  ACTIVE: ['ON_HOLD', 'CLOSED'],
  ON_HOLD: ['ACTIVE', 'CLOSED'],
  CLOSED: [],
};

export function canChangeEnrollmentStatus(from: EnrollmentStatus, to: EnrollmentStatus): boolean {
  return ENROLLMENT_STATUS_TRANSITIONS[from].includes(to);
}
