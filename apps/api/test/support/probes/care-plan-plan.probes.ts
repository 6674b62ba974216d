/** One unauthenticated call per operation on care plans, plan templates and progress, for the policy spec. */
const ID = '00000000-0000-0000-0000-000000000000';
const PLAN = `carePlanId: "${ID}", version: 1`;

export const probes: Record<string, string> = {
  carePlan: `{ carePlan(id: "${ID}") { id } }`,
  clientCarePlans: `{ clientCarePlans(clientId: "${ID}") { id } }`,
  carePlansAwaitingApproval: '{ carePlansAwaitingApproval { id } }',
  myCarePlansInProgress: '{ myCarePlansInProgress { id } }',
  carePlanComparison: `{ carePlanComparison(fromId: "${ID}", toId: "${ID}") { goals { goalKey } } }`,
  planTemplates: '{ planTemplates { id } }',
  clientProgress: `{ clientProgress(clientId: "${ID}") { goalKey } }`,
  createCarePlan: `mutation { createCarePlan(input: { enrollmentId: "${ID}", effectiveOn: "2027-01-01" }) { id } }`,
  updateCarePlan: `mutation { updateCarePlan(input: { ${PLAN}, strengths: "s" }) { id } }`,
  addCarePlanGoal: `mutation { addCarePlanGoal(input: { ${PLAN}, statement: "s", domain: HOUSING, priority: HIGH }) { id } }`,
  updateCarePlanGoal: `mutation { updateCarePlanGoal(input: { ${PLAN}, goalId: "${ID}", statement: "s" }) { id } }`,
  removeCarePlanGoal: `mutation { removeCarePlanGoal(input: { ${PLAN}, goalId: "${ID}" }) { id } }`,
  addGoalsFromNeeds: `mutation { addGoalsFromNeeds(input: { ${PLAN}, assessmentId: "${ID}", needSources: ["q"] }) { id } }`,
  addCarePlanObjective: `mutation { addCarePlanObjective(input: { ${PLAN}, goalId: "${ID}", description: "d", measure: "m", target: "t" }) { id } }`,
  updateCarePlanObjective: `mutation { updateCarePlanObjective(input: { ${PLAN}, objectiveId: "${ID}", target: "t" }) { id } }`,
  removeCarePlanObjective: `mutation { removeCarePlanObjective(input: { ${PLAN}, objectiveId: "${ID}" }) { id } }`,
  addCarePlanIntervention: `mutation { addCarePlanIntervention(input: { ${PLAN}, goalId: "${ID}", description: "d", responsible: CLIENT }) { id } }`,
  updateCarePlanIntervention: `mutation { updateCarePlanIntervention(input: { ${PLAN}, interventionId: "${ID}", frequency: "f" }) { id } }`,
  removeCarePlanIntervention: `mutation { removeCarePlanIntervention(input: { ${PLAN}, interventionId: "${ID}" }) { id } }`,
  submitCarePlan: `mutation { submitCarePlan(input: { ${PLAN} }) { id } }`,
  approveCarePlan: `mutation { approveCarePlan(input: { ${PLAN} }) { id } }`,
  returnCarePlan: `mutation { returnCarePlan(input: { ${PLAN}, note: "n" }) { id } }`,
  reviseCarePlan: `mutation { reviseCarePlan(input: { ${PLAN} }) { id } }`,
  closeCarePlan: `mutation { closeCarePlan(input: { ${PLAN}, reason: "r" }) { id } }`,
  acknowledgeCarePlan: `mutation { acknowledgeCarePlan(input: { ${PLAN}, on: "2027-01-01", method: SIGNATURE, by: "B" }) { id } }`,
  createPlanTemplate: 'mutation { createPlanTemplate(input: { name: "T", goals: [] }) { id } }',
  updatePlanTemplate: `mutation { updatePlanTemplate(input: { templateId: "${ID}", version: 1, name: "T" }) { id } }`,
  recordProgress: `mutation { recordProgress(input: { carePlanId: "${ID}", goalKey: "${ID}", rating: 3, recordedOn: "2027-01-01" }) { id } }`,
};
