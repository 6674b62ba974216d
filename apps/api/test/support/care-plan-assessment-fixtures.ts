import type { InstrumentDefinition } from '@waymark/shared/types';
import { ok } from './client-fixtures';
import type { TestApp } from './test-app';

/**
 * Instruments and assessment operations the care-plan assessment specs share. Instruments are
 * published the way an admin publishes them (createInstrumentRevision), with small definitions
 * whose scores and needs a reader can work out by hand.
 */

const t = (en: string, es?: string) => (es ? { en, es } : { en });

/**
 * A social needs screening. `housing` decides whether `eviction` (required) is asked; `meals`
 * is a 0–7 scale with a need at 3 or more; `risk` sums housing, meals and `hungry` (yes = 1):
 * 0–3 low, 4–7 moderate, 8+ high (a SAFETY need).
 */
export const SCREENING: InstrumentDefinition = {
  sections: [
    {
      key: 'home',
      title: t('Home', 'Hogar'),
      questions: [
        {
          key: 'housing',
          type: 'SINGLE_CHOICE',
          label: t('Where do you live now?', '¿Dónde vive ahora?'),
          required: true,
          domains: ['HOUSING'],
          options: [
            { value: 'stable', label: t('A stable home'), score: 0 },
            { value: 'unstable', label: t('At risk of losing it'), score: 2 },
            { value: 'none', label: t('No home'), score: 4 },
          ],
          needIf: { oneOf: ['unstable', 'none'] },
        },
        { key: 'eviction', type: 'DATE', label: t('When must you leave?'), required: true, domains: ['HOUSING'], showIf: { question: 'housing', equals: 'unstable' } },
      ],
    },
    {
      key: 'food',
      title: t('Food'),
      questions: [
        { key: 'meals', type: 'SCALE', label: t('Meals missed last week'), required: true, domains: ['FOOD'], scale: { min: 0, max: 7 }, needIf: { atLeast: 3 } },
        { key: 'hungry', type: 'YES_NO', label: t('Hungry today?'), required: false, domains: ['FOOD'] },
        { key: 'notes', type: 'TEXT', label: t('Anything else?'), required: false, domains: [] },
      ],
    },
  ],
  scoring: [
    {
      key: 'risk',
      label: t('Overall risk'),
      questions: ['housing', 'meals', 'hungry'],
      domain: 'SAFETY',
      bands: [
        { min: 0, max: 3, label: t('Low') },
        { min: 4, max: 7, label: t('Moderate') },
        { min: 8, max: 100, label: t('High'), need: true },
      ],
    },
  ],
};

export const INSTRUMENT = 'id version code revision name description definition active createdAt';
export const INSTRUMENTS = `query ($includeInactive: Boolean) { instruments(includeInactive: $includeInactive) { ${INSTRUMENT} } }`;
export const GET_INSTRUMENT = `query ($id: ID!) { instrument(id: $id) { ${INSTRUMENT} } }`;
export const CREATE_REVISION = `mutation ($input: CreateInstrumentRevisionInput!) { createInstrumentRevision(input: $input) { ${INSTRUMENT} } }`;
export const SET_ACTIVE = `mutation ($input: SetInstrumentActiveInput!) { setInstrumentActive(input: $input) { ${INSTRUMENT} } }`;

export const ASSESSMENT = `id version clientId enrollmentId instrumentId status answers missingRequired
  scores { key label { en es } total answered bandLabel { en } need domain } needs { domain source label { en } }
  instrument { id code revision name } startedBy { id } completedBy { id }
  completedAt completedOn nextDueOn correctsId correctionReason createdAt updatedAt`;
export const START = `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { ${ASSESSMENT} } }`;
export const SAVE = `mutation ($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { ${ASSESSMENT} } }`;
export const COMPLETE = `mutation ($input: CompleteAssessmentInput!) { completeAssessment(input: $input) { ${ASSESSMENT} } }`;
export const CORRECT = `mutation ($input: CorrectAssessmentInput!) { correctAssessment(input: $input) { ${ASSESSMENT} } }`;
export const DISCARD = `mutation ($input: AssessmentVersionInput!) { discardAssessment(input: $input) }`;
export const GET_ASSESSMENT = `query ($id: ID!) { assessment(id: $id) { ${ASSESSMENT} } }`;
export const CLIENT_ASSESSMENTS = `query ($clientId: ID!) { clientAssessments(clientId: $clientId) { ${ASSESSMENT} } }`;
export const COMPARE = `query ($assessmentId: ID!, $previousId: ID) {
  assessmentComparison(assessmentId: $assessmentId, previousId: $previousId) {
    current { id } previous { id } changes { question label { en } before after } scores { key label { en } before after }
  }
}`;

export interface Instrument {
  id: string;
  version: number;
  code: string;
  revision: number;
  name: string;
  active: boolean;
}

/** The admin publishes the next revision of `code` with the definition (the screening unless given). */
export function publish(t: TestApp, adminToken: string, code = 'SOCIAL_NEEDS', definition: unknown = SCREENING, name = 'Social needs screening'): Promise<Instrument> {
  return ok(t.gql(CREATE_REVISION, { input: { code, name, definition } }, { token: adminToken }));
}

export interface Assessment {
  id: string;
  version: number;
  status: string;
  [field: string]: any;
}

/** A draft of the instrument for the client, started by the holder of `token`. */
export function startDraft(t: TestApp, token: string, input: { clientId: string; instrumentId: string; enrollmentId?: string }): Promise<Assessment> {
  return ok(t.gql(START, { input }, { token }));
}

/** A completed assessment: started, answered and completed on `completedOn` by the holder of `token`. */
export async function completed(
  t: TestApp,
  token: string,
  input: { clientId: string; instrumentId: string; enrollmentId?: string },
  answers: Record<string, unknown>,
  completedOn: string,
): Promise<Assessment> {
  const draft = await startDraft(t, token, input);
  const saved = await ok<Assessment>(t.gql(SAVE, { input: { assessmentId: draft.id, version: draft.version, answers } }, { token }));
  return ok(t.gql(COMPLETE, { input: { assessmentId: saved.id, version: saved.version, completedOn } }, { token }));
}
