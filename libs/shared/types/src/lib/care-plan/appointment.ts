import { todayIsoDate } from '../client/age';
import { addDays } from './care-calendar';

/** What a client's appointment is for. Never rename a value: appointments keep theirs. */
export const AppointmentKind = {
  DOCTOR: 'DOCTOR',
  DENTIST: 'DENTIST',
  THERAPIST: 'THERAPIST',
  PSYCHIATRIST: 'PSYCHIATRIST',
  COURT: 'COURT',
  SCHOOL: 'SCHOOL',
  BENEFITS_OFFICE: 'BENEFITS_OFFICE',
  JOB_INTERVIEW: 'JOB_INTERVIEW',
  OTHER: 'OTHER',
} as const;
export type AppointmentKind = (typeof AppointmentKind)[keyof typeof AppointmentKind];
export const APPOINTMENT_KINDS = Object.values(AppointmentKind);

/** Who takes the client there. */
export const TransportProvider = {
  /** A worker of the agency drives (named on the appointment). */
  CASE_MANAGER: 'CASE_MANAGER',
  AGENCY_VAN: 'AGENCY_VAN',
  /** A transport service from the resource directory (named on the appointment). */
  DIRECTORY_SERVICE: 'DIRECTORY_SERVICE',
  FAMILY_OR_CAREGIVER: 'FAMILY_OR_CAREGIVER',
  OTHER: 'OTHER',
} as const;
export type TransportProvider = (typeof TransportProvider)[keyof typeof TransportProvider];
export const TRANSPORT_PROVIDERS = Object.values(TransportProvider);

/** Who must know of an appointment (the nursing team of a doctor's visit, a guardian of a court date). */
export const AppointmentParty = {
  NURSING_TEAM: 'NURSING_TEAM',
  GUARDIAN: 'GUARDIAN',
  RESIDENTIAL_STAFF: 'RESIDENTIAL_STAFF',
  FAMILY: 'FAMILY',
  DAY_PROGRAM: 'DAY_PROGRAM',
  SCHOOL: 'SCHOOL',
  OTHER: 'OTHER',
} as const;
export type AppointmentParty = (typeof AppointmentParty)[keyof typeof AppointmentParty];
export const APPOINTMENT_PARTIES = Object.values(AppointmentParty);

/** SCHEDULED until its outcome is recorded; every outcome is final (a new date is a new appointment). */
export const AppointmentStatus = {
  SCHEDULED: 'SCHEDULED',
  KEPT: 'KEPT',
  MISSED: 'MISSED',
  RESCHEDULED: 'RESCHEDULED',
  CANCELLED: 'CANCELLED',
} as const;
export type AppointmentStatus = (typeof AppointmentStatus)[keyof typeof AppointmentStatus];
export const APPOINTMENT_STATUSES = Object.values(AppointmentStatus);

export const APPOINTMENT_STATUS_TRANSITIONS: Readonly<Record<AppointmentStatus, readonly AppointmentStatus[]>> = {
  SCHEDULED: ['KEPT', 'MISSED', 'RESCHEDULED', 'CANCELLED'],
  KEPT: [],
  MISSED: [],
  RESCHEDULED: [],
  CANCELLED: [],
};

export function canChangeAppointmentStatus(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return APPOINTMENT_STATUS_TRANSITIONS[from].includes(to);
}

/** The outcomes only known once the appointment has begun; it may be rescheduled or cancelled at any time. */
export const OUTCOMES_AFTER_START: readonly AppointmentStatus[] = [AppointmentStatus.KEPT, AppointmentStatus.MISSED];

/** Whether `outcome` cannot be recorded yet at `now`: kept or missed before the appointment has begun. */
export function outcomeTooEarly(outcome: AppointmentStatus, startsAt: Date | string, now: Date): boolean {
  return OUTCOMES_AFTER_START.includes(outcome) && new Date(startsAt).getTime() > now.getTime();
}

/** Who called a cancelled appointment off. */
export const AppointmentCanceller = {
  CLIENT: 'CLIENT',
  PROVIDER: 'PROVIDER',
  AGENCY: 'AGENCY',
  OTHER: 'OTHER',
} as const;
export type AppointmentCanceller = (typeof AppointmentCanceller)[keyof typeof AppointmentCanceller];
export const APPOINTMENT_CANCELLERS = Object.values(AppointmentCanceller);

/** Enough parties for any real appointment; the cap keeps a request small. */
export const APPOINTMENT_PARTIES_MAX = 10;

/** The widest calendar range one request reads: a month (a week view needs 7 days). */
export const CALENDAR_RANGE_DAYS_MAX = 31;

/** The most appointments a calendar range returns; a worker's month holds far fewer. */
export const CALENDAR_APPOINTMENTS_MAX = 500;

/** Whether an appointment's end is not after its start (refused). */
export function endsNotAfterStart(startsAt: Date | string, endsAt: Date | string): boolean {
  return new Date(endsAt).getTime() <= new Date(startsAt).getTime();
}

/** The calendar day (UTC, as every deadline counts) the appointment starts on. */
export function appointmentDay(startsAt: Date | string): string {
  return todayIsoDate(new Date(startsAt));
}

/** The day to prepare an appointment (transport, who must know): the day before it, or today when that has passed. */
export function appointmentPrepareDueOn(startsAt: Date | string, today: string): string {
  const dayBefore = addDays(appointmentDay(startsAt), -1);
  return dayBefore < today ? today : dayBefore;
}

/** The day to record whether it happened: the day after it. */
export function appointmentOutcomeDueOn(startsAt: Date | string): string {
  return addDays(appointmentDay(startsAt), 1);
}

/** The next Monday-to-Friday day after `day`: when a missed appointment is followed up. */
export function nextWorkingDay(day: string): string {
  let next = addDays(day, 1);
  while ([0, 6].includes(new Date(`${next}T00:00:00Z`).getUTCDay())) next = addDays(next, 1);
  return next;
}

/** Whether someone who must know of an appointment has not been told yet. */
export function stillToTell(party: { toldAt: string | Date | null }): boolean {
  return party.toldAt == null;
}
