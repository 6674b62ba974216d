/**
 * Care-team training: the people around a client (residential staff, family, a day program)
 * trained on that client's needs, and when each must be refreshed. The API's service, the
 * seed and the SPA's form and status matrix share these rules.
 */
import { addMonths, daysBetween } from './care-calendar';
import { TaskKind } from './task';
import { taskDedupeKey } from './deadline-rules';

/** What a training covered. Never rename a value. */
export const TrainingTopic = {
  DIET: 'DIET',
  BEHAVIOUR_PLAN: 'BEHAVIOUR_PLAN',
  MEDICATION_SUPPORT: 'MEDICATION_SUPPORT',
  ABUSE_NEGLECT_EXPLOITATION_REPORTING: 'ABUSE_NEGLECT_EXPLOITATION_REPORTING',
  SEIZURE_PROTOCOL: 'SEIZURE_PROTOCOL',
  MOBILITY_AND_TRANSFERS: 'MOBILITY_AND_TRANSFERS',
  COMMUNICATION: 'COMMUNICATION',
  OTHER: 'OTHER',
} as const;
export type TrainingTopic = (typeof TrainingTopic)[keyof typeof TrainingTopic];
export const TRAINING_TOPICS = Object.values(TrainingTopic);

/** Who a trained person is to the client. Never rename a value. */
export const TraineeRole = {
  RESIDENTIAL_STAFF: 'RESIDENTIAL_STAFF',
  DAY_PROGRAM: 'DAY_PROGRAM',
  FAMILY: 'FAMILY',
  GUARDIAN: 'GUARDIAN',
  SCHOOL: 'SCHOOL',
  EMPLOYER: 'EMPLOYER',
  AGENCY_STAFF: 'AGENCY_STAFF',
  OTHER: 'OTHER',
} as const;
export type TraineeRole = (typeof TraineeRole)[keyof typeof TraineeRole];
export const TRAINEE_ROLES = Object.values(TraineeRole);

/**
 * How often each topic is refreshed unless the record says otherwise, in months; null: no
 * refresher unless one is given (OTHER covers anything, so nobody can know its rhythm).
 */
export const TRAINING_REFRESH_MONTHS: Readonly<Record<TrainingTopic, number | null>> = {
  DIET: 24,
  BEHAVIOUR_PLAN: 12,
  MEDICATION_SUPPORT: 12,
  ABUSE_NEGLECT_EXPLOITATION_REPORTING: 12,
  SEIZURE_PROTOCOL: 12,
  MOBILITY_AND_TRANSFERS: 24,
  COMMUNICATION: 24,
  OTHER: null,
};

/** One training session is for a household or a shift, not a conference. */
export const TRAINEES_MAX = 25;
/** Five years: longer than any rule asks, short of a typing mistake. */
export const TRAINING_REFRESH_MONTHS_MAX = 60;
/** What was covered, in a few sentences. */
export const TRAINING_DESCRIPTION_MAX_LENGTH = 1000;
/** A refresher due within this many days shows as due soon. */
export const TRAINING_DUE_SOON_DAYS = 30;

/**
 * When a training must be refreshed: the date given, else its months (or the topic's) after
 * the training; null when it need not be.
 */
export function trainingRefreshDueOn(trainedOn: string, topic: TrainingTopic, refresh: { months?: number | null; dueOn?: string | null } = {}): string | null {
  if (refresh.dueOn) return refresh.dueOn;
  const months = refresh.months ?? TRAINING_REFRESH_MONTHS[topic];
  return months ? addMonths(trainedOn, months) : null;
}

/** Where one person's training on one topic stands today, as the status matrix shows it. */
export const TrainingStanding = {
  /** Trained, and not due within TRAINING_DUE_SOON_DAYS (or never due). */
  CURRENT: 'CURRENT',
  DUE_SOON: 'DUE_SOON',
  OVERDUE: 'OVERDUE',
  /** Others were trained on this topic for the client; this person never was. */
  NEVER_TRAINED: 'NEVER_TRAINED',
} as const;
export type TrainingStanding = (typeof TrainingStanding)[keyof typeof TrainingStanding];
export const TRAINING_STANDINGS = Object.values(TrainingStanding);

/** A trained person's standing: overdue from the day after the refresh date (a refresher due today is due, not late). */
export function trainingStanding(refreshDueOn: string | null, today: string): TrainingStanding {
  if (!refreshDueOn) return TrainingStanding.CURRENT;
  const days = daysBetween(today, refreshDueOn);
  if (days < 0) return TrainingStanding.OVERDUE;
  return days <= TRAINING_DUE_SOON_DAYS ? TrainingStanding.DUE_SOON : TrainingStanding.CURRENT;
}

/**
 * Who a trained person is across records: the network contact when linked, else the name
 * (case and spacing aside), so "Ana  Ruiz" trained twice is one person.
 */
export function traineeKey(trainee: { contactId?: string | null; name: string }): string {
  return trainee.contactId ? `contact:${trainee.contactId}` : `name:${trainee.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/**
 * Dedupe key of a refresher: `TRAINING_REFRESHER:<clientId>:<TOPIC>/<traineeId>@<dueOn>` —
 * the client, the topic, and the person as trained in one record (the trainee row), so voiding
 * a record and entering it again schedules afresh instead of meeting the cancelled task's key.
 * A refresher put back because the later training that closed it was voided (or the person
 * taken off it) adds `~<that training's or trainee's id>`: its first key is taken by the closed task.
 */
export function refresherDedupeKey(clientId: string, topic: TrainingTopic, traineeId: string, dueOn: string, reinstatedBy?: string): string {
  return taskDedupeKey(TaskKind.TRAINING_REFRESHER, clientId, `${topic}/${traineeId}@${dueOn}${reinstatedBy ? `~${reinstatedBy}` : ''}`);
}
