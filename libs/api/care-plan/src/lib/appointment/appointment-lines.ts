import { type AppointmentKind, type AppointmentParty, appointmentDay, type AppointmentStatus, type TransportProvider } from '@waymark/shared/types';

/** The kinds as a sentence names them ("the doctor appointment"). */
const KIND: Record<AppointmentKind, string> = {
  DOCTOR: 'Doctor',
  DENTIST: 'Dentist',
  THERAPIST: 'Therapist',
  PSYCHIATRIST: 'Psychiatrist',
  COURT: 'Court',
  SCHOOL: 'School',
  BENEFITS_OFFICE: 'Benefits office',
  JOB_INTERVIEW: 'Job interview',
  OTHER: 'Other',
};

const PROVIDER: Record<TransportProvider, string> = {
  CASE_MANAGER: 'a case manager',
  AGENCY_VAN: 'the agency van',
  DIRECTORY_SERVICE: 'a transport service',
  FAMILY_OR_CAREGIVER: 'family or a caregiver',
  OTHER: 'other transport',
};

const PARTY: Record<AppointmentParty, string> = {
  NURSING_TEAM: 'the nursing team',
  GUARDIAN: 'the guardian',
  RESIDENTIAL_STAFF: 'the residential staff',
  FAMILY: 'the family',
  DAY_PROGRAM: 'the day program',
  SCHOOL: 'the school',
  OTHER: 'someone else',
};

const OUTCOME: Record<AppointmentStatus, string> = {
  SCHEDULED: 'booked',
  KEPT: 'kept',
  MISSED: 'missed',
  RESCHEDULED: 'rescheduled',
  CANCELLED: 'cancelled',
};

const what = (kind: AppointmentKind, startsAt: Date | string) => `${KIND[kind]} appointment on ${appointmentDay(startsAt)}`;

/** What the worklist's reminders say: the kind and day in the title, the transport and who to tell in the details. */
export const appointmentTaskLine = {
  prepare: (kind: AppointmentKind, startsAt: Date | string) => `Prepare the ${what(kind, startsAt).toLowerCase()}`,
  outcome: (kind: AppointmentKind, startsAt: Date | string) => `Record how the ${what(kind, startsAt).toLowerCase()} went`,
  missed: (kind: AppointmentKind, startsAt: Date | string) => `Follow up the missed ${what(kind, startsAt).toLowerCase()}`,
  details: (transport: { provider: TransportProvider; by: string | null } | null, toTell: { party: AppointmentParty; name: string | null }[]) =>
    [
      transport ? `Transport: ${transport.by ?? PROVIDER[transport.provider]}.` : 'No transport needed.',
      toTell.length ? `Tell: ${toTell.map((p) => (p.name ? `${PARTY[p.party]} (${p.name})` : PARTY[p.party])).join(', ')}.` : null,
    ]
      .filter(Boolean)
      .join(' '),
};

/** The lines appointments write on a client's timeline (also for the seed): the kind, the day and the step, never the notes. */
export const appointmentLine = {
  booked: (kind: AppointmentKind, startsAt: Date | string) => `${what(kind, startsAt)} booked`,
  outcome: (kind: AppointmentKind, startsAt: Date | string, outcome: AppointmentStatus, newStartsAt?: Date | string) =>
    `${what(kind, startsAt)} ${OUTCOME[outcome]}${newStartsAt ? ` to ${appointmentDay(newStartsAt)}` : ''}`,
};
