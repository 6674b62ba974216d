import type { IncidentType, NoteType } from '@waymark/shared/types';
import type { ProgramCode } from './demo-programs';
import type { Random } from './random';

/** What a narrative may mention about the contact it documents. */
export interface NoteContext {
  /** The name the client goes by. */
  name: string;
  program: ProgramCode;
  /** "her mother, Rosa García", when the client has family in the network. */
  family: string | null;
  interpreter: string | null;
  clinic: string;
  school: string;
  employer: string;
  office: string;
  hospital: string;
}

type Line = (c: NoteContext) => string;

/** How the client is doing, in the words a worker of the program would use. */
const OBSERVATIONS: Record<ProgramCode, Line[]> = {
  HCBS: [
    (c) => `${c.name} reports the in-home support worker is coming as scheduled (Mon/Wed/Fri mornings) and is helping with bathing and meals.`,
    (c) => `${c.name} was using the walker inside the home; no falls since the last visit. Grab bars in the bathroom are installed and secure.`,
    (c) => `Reviewed the medication organizer with ${c.name}; this week's doses were taken except Sunday evening. Reminded about the pharmacy refill due Friday.`,
    (c) => `${c.name} says the home-delivered meals are arriving but portions are small; will ask the provider about a second meal on weekends.`,
    (c) => `Kitchen had food; the home was clean and free of trip hazards. ${c.name} mentioned feeling lonely since a neighbor moved away.`,
    (c) => `${c.name} has an appointment at ${c.clinic} next Tuesday and needs a ride; discussed the Medi-Cal transportation benefit.`,
  ],
  FC: [
    (c) => `${c.name} appears well cared for and comfortable in the placement. Bedroom is clean and has age-appropriate belongings.`,
    (c) => `Resource parent reports ${c.name} is sleeping better and has settled into the routine. No concerns about the placement at this time.`,
    (c) => `${c.name} attended the supervised visit with the birth parent on Saturday; the visit went well and ended on time.`,
    (c) => `Spoke with ${c.name} privately; ${c.name} said things are "good" at home and at school and named a new friend in class.`,
    () => `School attendance this month: two absences, both excused (dental appointment, illness). Report card shows improvement in reading.`,
    (c) => `Health and education passport updated: well-child exam completed at ${c.clinic}; immunizations are current.`,
  ],
  SHL: [
    (c) => `${c.name} showed this writer the weekly budget worksheet and had kept grocery spending within the plan.`,
    (c) => `Support staff report ${c.name} is preparing simple meals independently and using the visual checklist for chores.`,
    (c) => `${c.name} is working three shifts a week at ${c.employer} and says the job coach is "really helpful".`,
    () => `Reviewed progress on the person-directed plan goals: using the bus to the day program (met), doing laundry on own (in progress).`,
    (c) => `${c.name} wants to join the bowling league at the community center; will look into cost and transport.`,
    (c) => `Apartment was tidy; smoke detector tested and working. ${c.name} had questions about the lease renewal, which were answered.`,
  ],
  BH: [
    (c) => `${c.name} rated mood 6/10 (up from 4/10 last time) and reports sleeping about 7 hours a night.`,
    (c) => `${c.name} has attended both therapy sessions this month at ${c.clinic} and is taking medication as prescribed.`,
    (c) => `${c.name} reported increased stress related to housing; denied thoughts of self-harm. Safety plan reviewed and still in place.`,
    (c) => `PHQ-9 administered today; score was lower than at intake. ${c.name} attributes the improvement to the new work schedule.`,
    (c) => `${c.name} has been attending the Thursday peer support group and says it helps to talk with people who understand.`,
    (c) => `${c.name} missed the psychiatry appointment last week; rescheduled and discussed reminders on the phone.`,
  ],
  DCM: [
    (c) => `${c.name} received the FEMA determination letter; reviewed it together and started the appeal for the denied personal property claim.`,
    (c) => `The household remains in temporary housing. ${c.name} has applied for two apartments and is waiting to hear back.`,
    (c) => `Insurance adjuster has not returned ${c.name}'s calls; this writer will contact the carrier's disaster claims line.`,
    (c) => `Reviewed the recovery plan with ${c.name}: replacement documents obtained (ID, birth certificates); rental assistance application submitted.`,
    (c) => `${c.name} received furniture vouchers from the long-term recovery group and picked up beds for the children.`,
    () => `Volunteer repair crew finished drywall in two rooms; roof repair is still pending a contractor estimate.`,
  ],
};

const OPENINGS: Record<NoteType, Line[]> = {
  HOME_VISIT: [
    (c) => `Scheduled home visit with ${c.name}.`,
    (c) => `Monthly home visit. ${c.name} was home and welcomed this writer in.`,
    (c) => `Home visit completed${c.family ? ` with ${c.family} also present` : ''}.`,
  ],
  PHONE_CALL: [
    (c) => `Called ${c.name} to check in.`,
    (c) => `${c.name} called this writer with questions.`,
    (c) => `Follow-up phone call with ${c.name} after the last visit.`,
  ],
  OFFICE_VISIT: [
    (c) => `${c.name} came to the office (${c.office}) for a scheduled appointment.`,
    (c) => `Office visit with ${c.name}; arrived on time.`,
    (c) => `${c.name} walked in without an appointment and was seen in the office.`,
  ],
  COLLATERAL_CONTACT: [
    (c) => `Spoke with ${c.family ?? `the care coordinator at ${c.clinic}`} about ${c.name}'s services (release of information on file).`,
    (c) => `Called ${c.clinic} to coordinate care for ${c.name} (release of information on file).`,
    (c) => `Case conference with the provider team about ${c.name}.`,
  ],
  CRISIS_INTERVENTION: [
    (c) => `Received an urgent call about ${c.name} and responded.`,
    (c) => `${c.name} called the on-call line in distress.`,
    (c) => `Crisis response for ${c.name} after a call from ${c.family ?? 'a neighbor'}.`,
  ],
  TRANSPORT: [
    (c) => `Transported ${c.name} to an appointment at ${c.clinic} and back home.`,
    (c) => `Drove ${c.name} to ${c.office} to complete paperwork, then home.`,
    (c) => `Provided transport for ${c.name} to the county benefits office.`,
  ],
  SCHOOL_VOCATIONAL_VISIT: [
    (c) => `Visited ${c.name} at ${c.program === 'FC' ? c.school : c.employer}.`,
    (c) => `Met with ${c.program === 'FC' ? 'the teacher and school counselor' : 'the job coach and supervisor'} about ${c.name}'s progress.`,
  ],
  OTHER: [
    (c) => `Completed paperwork for ${c.name}'s annual review.`,
    (c) => `Mailed appointment reminders and updated resource list to ${c.name}.`,
    (c) => `Left a voicemail for ${c.name}; no answer.`,
  ],
};

const CRISIS_BODIES: Line[] = [
  (c) => `${c.name} was tearful and said they "couldn't take it anymore". Completed a safety assessment: no plan or means; agreed to the safety plan and to stay with ${c.family ?? 'a friend'} tonight. Mobile crisis team not needed.`,
  (c) => `De-escalated over the phone for about 40 minutes; ${c.name} calmed and agreed to go to the urgent care clinic. Supervisor informed.`,
  (c) => `Met ${c.name} at ${c.hospital}; ${c.name} was evaluated and released with a follow-up appointment. Supervisor informed.`,
];

const TRANSPORT_BODIES: Line[] = [
  () => `Appointment went as planned; discussed the next steps on the drive back.`,
  () => `Waited during the appointment; new prescription picked up at the pharmacy on the way home.`,
  () => `Used the agency vehicle; mileage logged.`,
];

const PLANS: Line[] = [
  () => `Plan: next visit in about a month; will follow up by phone in two weeks.`,
  () => `Plan: will send the referral this week and confirm it was received.`,
  (c) => `Plan: check in by phone next week${c.family ? ` and update ${c.family}` : ''}.`,
  () => `No new concerns. Continue the current plan.`,
  () => `Plan: bring the renewal forms to the next visit.`,
];

/** A believable narrative for one note: who, what was seen or said, and what happens next. */
export function noteNarrative(r: Random, type: NoteType, c: NoteContext): string {
  const parts = [r.pick(OPENINGS[type])(c)];
  if (c.interpreter && type !== 'COLLATERAL_CONTACT' && type !== 'OTHER') parts.push(`${c.interpreter} interpreter used throughout.`);
  if (type === 'CRISIS_INTERVENTION') parts.push(r.pick(CRISIS_BODIES)(c));
  else if (type === 'TRANSPORT') parts.push(r.pick(TRANSPORT_BODIES)(c));
  else if (type !== 'OTHER') parts.push(...r.sample(OBSERVATIONS[c.program], r.int(1, 2)).map((line) => line(c)));
  if (type !== 'OTHER') parts.push(r.pick(PLANS)(c));
  return parts.join(' ');
}

export const ADDENDA: readonly string[] = [
  'Correction: the visit lasted 75 minutes, not 45 as recorded.',
  'Addendum: the appointment date mentioned above is the 14th, not the 4th.',
  'Late addition: the resource parent also reported a dental appointment next week; added to the calendar.',
  'Correction: the medication mentioned is the evening dose, not the morning dose.',
  'Addendum: supervisor reviewed this note and the follow-up plan; no changes needed.',
  "Correction: participant's name misspelled above; it should read as on the face sheet.",
];

interface IncidentText {
  description: Line;
  actions: Line;
  review: string;
}

export const INCIDENT_TEXT: Partial<Record<IncidentType, IncidentText>> & Record<'OTHER', IncidentText> = {
  FALL: {
    description: (c) => `${c.name} slipped getting out of the shower and fell, striking the left hip. Found by the in-home support worker about 20 minutes later.`,
    actions: (c) => `Support worker called 911; ${c.name} was taken to ${c.hospital}, X-rays negative, released the same day. Fall-risk review scheduled.`,
    review: 'Reviewed. Occupational therapy home-safety evaluation requested; shower chair ordered.',
  },
  MEDICATION_ERROR: {
    description: (c) => `${c.name} took the evening medication twice after the pill organizer was refilled incorrectly.`,
    actions: (c) => `Poison control called; advised to monitor. Pharmacist at ${c.clinic} consulted. No adverse effects observed.`,
    review: 'Reviewed. Pharmacy blister packs arranged to replace the organizer.',
  },
  BEHAVIORAL: {
    description: (c) => `${c.name} became agitated during a disagreement with a housemate, threw a chair and damaged a door. No one was hurt.`,
    actions: (c) => `Staff de-escalated and separated the housemates. Behavior support plan reviewed with ${c.name} the next day.`,
    review: 'Reviewed. Behavior support plan to be updated at the next team meeting.',
  },
  MISSING_PERSON: {
    description: (c) => `${c.name} did not return home by the agreed time and could not be reached by phone.`,
    actions: (c) => `Reported missing to local law enforcement after two hours. ${c.name} returned home the next morning, unharmed.`,
    review: 'Reviewed. Safety plan updated; check-in times agreed with the client and the household.',
  },
  HOSPITALIZATION: {
    description: (c) => `${c.name} was admitted to ${c.hospital} after several days of worsening symptoms.`,
    actions: () => `Case manager visited the hospital, coordinated with the discharge planner and arranged follow-up services.`,
    review: 'Reviewed. Hospital discharge plan received and filed; follow-up appointments confirmed.',
  },
  POLICE_INVOLVEMENT: {
    description: (c) => `Police were called to ${c.name}'s home by a neighbor after a loud argument.`,
    actions: () => `No arrest made. Case manager met with the client the next day and connected them to counseling.`,
    review: 'Reviewed. No further action beyond the counseling referral.',
  },
  ABUSE_NEGLECT_EXPLOITATION_ALLEGATION: {
    description: (c) => `${c.name} disclosed that a relative has been taking money from their benefits account.`,
    actions: () => `Report made to the state hotline; protective services opened an investigation. Bank contacted to restrict access.`,
    review: 'Reviewed. Awaiting the investigation outcome; representative payee change requested.',
  },
  INJURY: {
    description: (c) => `${c.name} cut their hand while cooking and needed stitches.`,
    actions: (c) => `Taken to urgent care at ${c.clinic}; wound cleaned and stitched. Follow-up in one week.`,
    review: 'Reviewed. Kitchen safety skills added to the support plan.',
  },
  OTHER: {
    description: (c) => `${c.name}'s temporary housing was lost when the motel closed without notice.`,
    actions: () => `Emergency shelter placement arranged the same day; belongings moved with agency help.`,
    review: 'Reviewed. Rehousing plan updated.',
  },
};
