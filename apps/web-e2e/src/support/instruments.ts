import type { APIRequestContext } from '@playwright/test';
import { ADMIN, apiToken, gql } from './app';

const often = [
  { value: 'OFTEN', label: { en: 'Often true' }, score: 2 },
  { value: 'SOMETIMES', label: { en: 'Sometimes true' }, score: 1 },
  { value: 'NEVER', label: { en: 'Never true' }, score: 0 },
];

/**
 * The questions of the starter social-needs screener that the assessment spec answers, as
 * the demo seed gives it to every agency (the API cannot be imported here: the browser
 * tests only speak to it over HTTP).
 */
const SCREENER = {
  sections: [
    {
      key: 'housing',
      title: { en: 'Housing' },
      questions: [
        {
          key: 'housing_situation',
          type: 'SINGLE_CHOICE',
          label: { en: 'What is your living situation today?' },
          required: true,
          domains: ['HOUSING'],
          needIf: { oneOf: ['AT_RISK', 'DOUBLED_UP', 'UNHOUSED'] },
          options: [
            { value: 'STABLE', label: { en: 'I have a steady place to live' }, score: 0 },
            { value: 'AT_RISK', label: { en: 'I have a place, but I am worried about losing it' }, score: 2 },
            { value: 'DOUBLED_UP', label: { en: 'I am staying with others for now' }, score: 2 },
          ],
        },
        {
          key: 'housing_problems',
          type: 'MULTIPLE_CHOICE',
          label: { en: 'Do you have problems with any of these where you live?' },
          required: false,
          domains: ['HOUSING'],
          showIf: { question: 'housing_situation', oneOf: ['STABLE', 'AT_RISK'] },
          options: [
            { value: 'PESTS', label: { en: 'Bugs, mice or rats' }, score: 1 },
            { value: 'MOLD', label: { en: 'Mold' }, score: 1 },
          ],
        },
      ],
    },
    {
      key: 'food',
      title: { en: 'Food' },
      questions: [
        {
          key: 'food_worry',
          type: 'SINGLE_CHOICE',
          label: { en: 'In the past 12 months, I worried that our food would run out before we had money to buy more.' },
          required: true,
          domains: ['FOOD'],
          needIf: { oneOf: ['OFTEN', 'SOMETIMES'] },
          options: often,
        },
        {
          key: 'food_ran_out',
          type: 'SINGLE_CHOICE',
          label: { en: "In the past 12 months, the food we bought didn't last and we didn't have money to get more." },
          required: true,
          domains: ['FOOD'],
          needIf: { oneOf: ['OFTEN', 'SOMETIMES'] },
          options: often,
        },
      ],
    },
    {
      key: 'transportation',
      title: { en: 'Transportation' },
      questions: [
        {
          key: 'transport_barrier',
          type: 'YES_NO',
          label: {
            en: 'In the past 12 months, has a lack of reliable transportation kept you from appointments, work, or getting things you need?',
            es: 'En los últimos 12 meses, ¿la falta de transporte confiable le ha impedido ir a citas, al trabajo o conseguir lo que necesita?',
          },
          required: true,
          domains: ['TRANSPORTATION'],
          needIf: { equals: true },
        },
      ],
    },
    {
      key: 'utilities',
      title: { en: 'Utilities' },
      questions: [
        {
          key: 'utility_shutoff',
          type: 'SINGLE_CHOICE',
          label: { en: 'In the past 12 months, has the electric, gas or water company threatened to shut off your service?' },
          required: true,
          domains: ['UTILITIES'],
          needIf: { oneOf: ['THREATENED'] },
          options: [
            { value: 'NO', label: { en: 'No' }, score: 0 },
            { value: 'THREATENED', label: { en: 'Yes, it was threatened' }, score: 2 },
          ],
        },
      ],
    },
    {
      key: 'safety',
      title: { en: 'Safety' },
      questions: [
        {
          key: 'feels_safe',
          type: 'SINGLE_CHOICE',
          label: { en: 'Do you feel physically and emotionally safe where you live?' },
          required: true,
          domains: ['SAFETY'],
          needIf: { oneOf: ['NO'] },
          options: [
            { value: 'YES', label: { en: 'Yes' }, score: 0 },
            { value: 'NO', label: { en: 'No' }, score: 2 },
          ],
        },
        {
          key: 'harmed_by_someone',
          type: 'YES_NO',
          label: { en: 'In the past 12 months, has anyone hurt, threatened or frightened you?' },
          required: true,
          domains: ['SAFETY', 'FAMILY'],
          needIf: { equals: true },
        },
      ],
    },
    {
      key: 'income',
      title: { en: 'Income and work' },
      questions: [
        {
          key: 'paying_basics',
          type: 'SINGLE_CHOICE',
          label: { en: 'How hard is it for you to pay for the basics, like food, housing, medical care and utilities?' },
          required: true,
          domains: ['INCOME'],
          needIf: { oneOf: ['SOMEWHAT_HARD', 'VERY_HARD'] },
          options: [
            { value: 'NOT_HARD', label: { en: 'Not hard' }, score: 0 },
            { value: 'SOMEWHAT_HARD', label: { en: 'Somewhat hard' }, score: 1 },
            { value: 'VERY_HARD', label: { en: 'Very hard' }, score: 2 },
          ],
        },
      ],
    },
  ],
  scoring: [
    {
      key: 'social_needs_total',
      label: { en: 'Social needs' },
      questions: ['housing_situation', 'housing_problems', 'food_worry', 'food_ran_out', 'transport_barrier', 'utility_shutoff', 'feels_safe', 'harmed_by_someone', 'paying_basics'],
      bands: [
        { min: 0, max: 0, label: { en: 'No needs found' } },
        { min: 1, max: 3, label: { en: 'Some needs' } },
        { min: 4, max: 7, label: { en: 'Several needs' } },
        { min: 8, max: 21, label: { en: 'Many needs: plan with the client soon' } },
      ],
    },
  ],
};

export const SCREENER_NAME = 'Social needs screener';

/** Riverside has the social-needs screener: the seeded one, or (on a database seeded before it) these questions of it. */
export async function ensureSocialNeedsScreener(request: APIRequestContext): Promise<void> {
  const token = await apiToken(request, ADMIN.email);
  const { instruments } = await gql<{ instruments: { code: string }[] }>(request, '{ instruments { code } }', {}, token);
  if (instruments.some((instrument) => instrument.code === 'SOCIAL_NEEDS')) return;
  await gql(
    request,
    'mutation ($input: CreateInstrumentRevisionInput!) { createInstrumentRevision(input: $input) { id } }',
    { input: { code: 'SOCIAL_NEEDS', name: SCREENER_NAME, definition: SCREENER } },
    token,
  );
}

/** Every required answer of the screener: a household staying with others, short of food, without transport, finding the basics very hard (total 8). */
export const SCREENER_ANSWERS = {
  housing_situation: 'DOUBLED_UP',
  food_worry: 'OFTEN',
  food_ran_out: 'SOMETIMES',
  transport_barrier: true,
  utility_shutoff: 'NO',
  feels_safe: 'YES',
  harmed_by_someone: false,
  paying_basics: 'VERY_HARD',
};

/** A social-needs screener of the client, answered and completed today through the API; returns its id. */
export async function completedScreener(request: APIRequestContext, token: string, clientId: string, completedOn: string): Promise<string> {
  const { instruments } = await gql<{ instruments: { id: string; code: string }[] }>(request, '{ instruments { id code } }', {}, token);
  const instrument = instruments.find((candidate) => candidate.code === 'SOCIAL_NEEDS');
  if (!instrument) throw new Error('No social-needs screener: call ensureSocialNeedsScreener first');
  const { startAssessment } = await gql<{ startAssessment: { id: string; version: number } }>(
    request,
    'mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { id version } }',
    { input: { clientId, instrumentId: instrument.id } },
    token,
  );
  const { saveAssessmentAnswers } = await gql<{ saveAssessmentAnswers: { version: number } }>(
    request,
    'mutation ($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { version } }',
    { input: { assessmentId: startAssessment.id, version: startAssessment.version, answers: SCREENER_ANSWERS } },
    token,
  );
  await gql(
    request,
    'mutation ($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { id } }',
    { input: { assessmentId: startAssessment.id, version: saveAssessmentAnswers.version, completedOn } },
    token,
  );
  return startAssessment.id;
}

/** Saves answers to an assessment in progress as someone else would, in another window. */
export async function saveAnswersElsewhere(request: APIRequestContext, token: string, assessmentId: string, answers: Record<string, unknown>): Promise<void> {
  const { assessment } = await gql<{ assessment: { version: number } }>(request, 'query ($id: ID!) { assessment(id: $id) { version } }', { id: assessmentId }, token);
  await gql(
    request,
    'mutation ($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { version } }',
    { input: { assessmentId, version: assessment.version, answers } },
    token,
  );
}
