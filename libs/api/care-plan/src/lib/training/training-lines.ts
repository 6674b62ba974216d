import type { TrainingTopic } from '@waymark/shared/types';

const TOPIC_WORDS: Record<TrainingTopic, string> = {
  DIET: 'diet',
  BEHAVIOUR_PLAN: 'the behaviour plan',
  MEDICATION_SUPPORT: 'medication support',
  ABUSE_NEGLECT_EXPLOITATION_REPORTING: 'abuse, neglect and exploitation reporting',
  SEIZURE_PROTOCOL: 'the seizure protocol',
  MOBILITY_AND_TRANSFERS: 'mobility and transfers',
  COMMUNICATION: 'communication',
  OTHER: 'the client’s needs',
};

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * The lines care-team training writes on a client's timeline and worklist (also for the seed): the topic and
 * how many were trained, never the trainees' names or what was covered — the record holds those.
 */
export const trainingLine = {
  recorded: (topic: TrainingTopic, trainees: number) => `Care team trained on ${TOPIC_WORDS[topic]} (${people(trainees)})`,
  voided: (topic: TrainingTopic) => `Training on ${TOPIC_WORDS[topic]} voided`,
  /** A refresher's title on the worklist. */
  refresherTitle: (topic: TrainingTopic, traineeName: string) => `Refresh ${traineeName}'s training on ${TOPIC_WORDS[topic]}`,
};
