/** One unauthenticated call per operation on instruments and assessments, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';

export const probes: Record<string, string> = {
  instruments: '{ instruments { id } }',
  instrument: `{ instrument(id: "${ID}") { id } }`,
  createInstrumentRevision: 'mutation { createInstrumentRevision(input: { code: "X", name: "X", definition: {} }) { id } }',
  setInstrumentActive: `mutation { setInstrumentActive(input: { instrumentId: "${ID}", version: 1, active: false }) { id } }`,
  clientAssessments: `{ clientAssessments(clientId: "${ID}") { id } }`,
  assessment: `{ assessment(id: "${ID}") { id } }`,
  assessmentComparison: `{ assessmentComparison(assessmentId: "${ID}") { changes { question } } }`,
  startAssessment: `mutation { startAssessment(input: { clientId: "${ID}", instrumentId: "${ID}" }) { id } }`,
  saveAssessmentAnswers: `mutation { saveAssessmentAnswers(input: { assessmentId: "${ID}", version: 1, answers: {} }) { id } }`,
  completeAssessment: `mutation { completeAssessment(input: { assessmentId: "${ID}", version: 1, completedOn: "2025-01-01" }) { id } }`,
  correctAssessment: `mutation { correctAssessment(input: { assessmentId: "${ID}", reason: "r" }) { id } }`,
  discardAssessment: `mutation { discardAssessment(input: { assessmentId: "${ID}", version: 1 }) }`,
};
