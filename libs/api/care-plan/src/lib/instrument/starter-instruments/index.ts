import type { InstrumentDefinition } from '@waymark/shared/types';
import { DISCHARGE_SURVEY } from './discharge-survey';
import { FUNCTIONAL } from './functional';
import { PSYCHOSOCIAL } from './psychosocial';
import { SOCIAL_NEEDS } from './social-needs';

export interface StarterInstrument {
  /** The code programs name in `requiredInstruments`. */
  code: string;
  name: string;
  description: string;
  definition: InstrumentDefinition;
}

/**
 * The instruments every agency starts with (revision 1), written for Waymark in our own words:
 * the demo seed and `agency:create` both give them to a new agency, and an admin revises them
 * from there.
 */
export const STARTER_INSTRUMENTS: readonly StarterInstrument[] = [
  {
    code: 'PSYCHOSOCIAL',
    name: 'Psychosocial intake assessment',
    description: 'Reason for services, treatment history, family, medical and psychiatric history, and support network.',
    definition: PSYCHOSOCIAL,
  },
  {
    code: 'SOCIAL_NEEDS',
    name: 'Social needs screener',
    description: 'Housing, food, transportation, utilities, safety and income, with a total score.',
    definition: SOCIAL_NEEDS,
  },
  {
    code: 'FUNCTIONAL',
    name: 'Functional and adaptive behaviour assessment',
    description: 'Support needed with daily living, communication and community living skills, rated 0–4 and scored by area.',
    definition: FUNCTIONAL,
  },
  {
    code: 'DISCHARGE_SURVEY',
    name: 'Post-discharge satisfaction survey',
    description: 'A follow-up call after discharge: satisfaction with services, how the person is doing, and help they still need.',
    definition: DISCHARGE_SURVEY,
  },
];

export { DISCHARGE_SURVEY, FUNCTIONAL, PSYCHOSOCIAL, SOCIAL_NEEDS };
