import type { ReferralDeclineReason, ReferralOutcome } from '@waymark/shared/types';
import type { ProgramCode } from './demo-programs';

/** What each program's clients are most often referred out for, as taxonomy codes of the directory. */
export const PROGRAM_NEEDS: Record<ProgramCode, readonly string[]> = {
  HCBS: ['meals', 'medical-transport', 'home-repair', 'respite', 'pharmacy'],
  FC: ['tutoring', 'counseling', 'child-care', 'dental', 'clothing'],
  SHL: ['day-programs', 'supported-employment', 'transit-passes', 'assistive-technology', 'adult-education'],
  BH: ['counseling', 'psychiatry', 'support-groups', 'outpatient-treatment', 'recovery-support'],
  DCM: ['disaster-recovery', 'rental-assistance', 'food-pantry', 'cash-assistance', 'legal-aid'],
};

/** Why a case manager refers for a need, in their words. */
export const NEED_REASONS: Record<string, readonly string[]> = {
  meals: ['Lives alone and has been skipping meals since the hip surgery.', 'Cannot stand long enough to cook; daughter visits only on weekends.'],
  'medical-transport': ['No car and the cardiology clinic is two buses away.', 'Misses dialysis when rides fall through.'],
  'home-repair': ['Needs grab bars and a ramp at the back door after a fall.', 'The bathroom is not safe with the walker.'],
  respite: ['Family caregiver is exhausted and asked for a few days of relief a month.'],
  pharmacy: ['Cannot afford the co-pays for three new prescriptions.'],
  tutoring: ['Falling behind in reading after two school moves this year.', 'Needs help with math homework; foster parent works evenings.'],
  counseling: ['Struggling with grief after a loss in the family.', 'Anxiety is back since the move; asked to talk to someone.', 'Conflict at home is rising; family agreed to counseling.'],
  'child-care': ['Foster parent starts a new job and needs after-school care.'],
  dental: ['Tooth pain for weeks; has not seen a dentist in years.'],
  clothing: ['Came into care with only the clothes they wore.'],
  'day-programs': ['Wants structure and company during the day.'],
  'supported-employment': ['Ready to try work with a job coach.', 'Asked about part-time work near home.'],
  'transit-passes': ['Needs a reduced-fare pass to reach the day program.'],
  'assistive-technology': ['A communication device would let them speak up at appointments.'],
  'adult-education': ['Wants to finish the GED.'],
  psychiatry: ['Medication needs review; last psychiatrist retired.'],
  'support-groups': ['Would like a peer group; isolation is getting worse.'],
  'outpatient-treatment': ['Asked for help cutting down drinking.', 'Relapsed after six months; wants outpatient treatment again.'],
  'recovery-support': ['Needs a sober peer network after finishing treatment.'],
  'disaster-recovery': ['Lost the mobile home in the fire; needs help with the FEMA claim and replacements.'],
  'rental-assistance': ['Two months behind on rent after losing hours at work.', 'Found an apartment but cannot cover the deposit.'],
  'food-pantry': ['Runs out of food before the end of the month.', 'Family of five; CalFresh does not stretch to the month’s end.'],
  'cash-assistance': ['Waiting on benefits; no income this month.'],
  'legal-aid': ['Landlord served an eviction notice.', 'Needs help replacing documents lost in the fire.'],
  family: ['Parents asked for help with conflict at home.'],
  parenting: ['Young parent asked for a group with other parents.'],
};

export const NOTES_FOR_RECEIVER = [
  'Client prefers afternoons; best reached by text.',
  'Spanish is the client’s first language.',
  'Please call the case manager first: the client has no phone right now.',
  'Client uses a walker; ground-floor appointments only.',
  'Client asked that messages not be left with family.',
];

/** Providers typed in by hand: a doctor's office or a parish program no directory lists. */
export const HAND_TYPED_PROVIDERS = [
  { name: 'Dr. Amrita Patel, Family Dentistry', phone: '(951) 555-0142', address: '4120 Central Ave, Riverside, CA 92506' },
  { name: 'St. Mark’s Parish Outreach', phone: '(951) 555-0178', address: '2460 Magnolia Ave, Riverside, CA 92503' },
  { name: 'Inland Valley Orthopedics', phone: '(951) 555-0119', address: '9845 Indiana Ave, Riverside, CA 92503' },
  { name: 'Corona Neighborhood Tutors', phone: '(951) 555-0163', address: null },
];

export const DECLINES: readonly { reason: ReferralDeclineReason; note: string }[] = [
  { reason: 'NO_CAPACITY', note: 'Our waiting list is closed until next quarter.' },
  { reason: 'NOT_ELIGIBLE', note: 'Income is above our limit.' },
  { reason: 'NOT_ELIGIBLE', note: 'We serve residents of the city only.' },
  { reason: 'SERVICE_NOT_OFFERED', note: 'We no longer run this program.' },
  { reason: 'CLIENT_UNREACHABLE', note: 'Three calls and a letter, no answer.' },
  { reason: 'CLIENT_DECLINED', note: 'Client told us they no longer need it.' },
];

export const CANCEL_NOTES = ['Client moved out of the area.', 'Need met another way: family stepped in.', 'Sent to the wrong program; referring again.', 'Client asked to stop.'];

export const OUTCOMES: readonly { outcome: ReferralOutcome; note: string | null }[] = [
  { outcome: 'NEED_MET', note: 'Client attended and is set up with ongoing services.' },
  { outcome: 'NEED_MET', note: null },
  { outcome: 'NEED_MET', note: 'Picked up groceries; will come back monthly.' },
  { outcome: 'PARTLY_MET', note: 'Seen once; the rest waits on a second appointment elsewhere.' },
  { outcome: 'NOT_MET', note: 'Attended, but the service could not help with this need.' },
];

export const RECEIVER_NOTES = {
  RECEIVED: ['Got it, reviewing this week.', null],
  ACCEPTED: ['We can help. Will call the client to book.', 'Accepted; intake will reach out.', null],
  SCHEDULED: ['Booked with our intake worker.', 'Appointment confirmed by phone with the client.', null],
  NO_SHOW: ['Client did not come; we left a message.'],
} as const;
