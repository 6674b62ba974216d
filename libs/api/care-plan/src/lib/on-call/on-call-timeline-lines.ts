import type { CallerRelation, CallSeverity } from '@waymark/shared/types';

/** How the timeline names who called: the relation, never the caller's name or what they said. */
const CALLER: Record<CallerRelation, string> = {
  CLIENT: 'the client',
  FAMILY: 'a family member',
  GUARDIAN: 'the guardian',
  CAREGIVER: 'a caregiver',
  RESIDENTIAL_STAFF: 'residential staff',
  PROVIDER: 'a provider',
  HOSPITAL: 'a hospital',
  LAW_ENFORCEMENT: 'law enforcement',
  NEIGHBOR: 'a neighbor',
  OTHER: 'someone',
};

/** The lines on-call work writes on a client's timeline (also for the seed); the call's log holds the rest. */
export const onCallLine = {
  received: (relation: CallerRelation, severity: CallSeverity) => `After-hours call from ${CALLER[relation]} (${severity.toLowerCase()} severity)`,
  followedUp: () => 'After-hours call followed up',
};
