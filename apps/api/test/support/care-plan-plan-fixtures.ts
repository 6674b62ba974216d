import { newClient, newProgram, ok, onCaseload, staffedAgency, type StaffedAgency, type Worker } from './client-fixtures';
import type { TestApp } from './test-app';

/**
 * Care plans, templates and progress as the plan specs make them: through the API, the way a
 * case manager writes a plan and a supervisor approves it.
 */

export const GOAL = `id goalKey position statement domain priority targetDate status sourceAssessmentId sourceNeed
  objectives { id objectiveKey position description measure baseline target targetDate }
  interventions { id position objectiveId description responsible responsibleName frequency referralId }
  progress { id }`;
export const PLAN = `id version clientId enrollmentId programName revision previousId status effectiveOn reviewDueOn clientVision strengths
  sourceAssessmentId templateId author { id } submittedAt submittedBy { id } approvedBy { id } approvedAt returnNote
  acknowledgedOn acknowledgementMethod acknowledgedBy acknowledgementNote closedAt closeReason mayEdit mayApprove
  client { id displayName clientNumber } goals { ${GOAL} } createdAt updatedAt`;

const planMutation = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { ${PLAN} } }`;
export const CREATE_PLAN = planMutation('createCarePlan', 'CreateCarePlanInput');
export const UPDATE_PLAN = planMutation('updateCarePlan', 'UpdateCarePlanInput');
export const ADD_GOAL = planMutation('addCarePlanGoal', 'AddCarePlanGoalInput');
export const UPDATE_GOAL = planMutation('updateCarePlanGoal', 'UpdateCarePlanGoalInput');
export const REMOVE_GOAL = planMutation('removeCarePlanGoal', 'CarePlanGoalRefInput');
export const ADD_GOALS_FROM_NEEDS = planMutation('addGoalsFromNeeds', 'AddGoalsFromNeedsInput');
export const ADD_OBJECTIVE = planMutation('addCarePlanObjective', 'AddCarePlanObjectiveInput');
export const UPDATE_OBJECTIVE = planMutation('updateCarePlanObjective', 'UpdateCarePlanObjectiveInput');
export const REMOVE_OBJECTIVE = planMutation('removeCarePlanObjective', 'CarePlanObjectiveRefInput');
export const ADD_INTERVENTION = planMutation('addCarePlanIntervention', 'AddCarePlanInterventionInput');
export const UPDATE_INTERVENTION = planMutation('updateCarePlanIntervention', 'UpdateCarePlanInterventionInput');
export const REMOVE_INTERVENTION = planMutation('removeCarePlanIntervention', 'CarePlanInterventionRefInput');
export const SUBMIT = planMutation('submitCarePlan', 'CarePlanVersionInput');
export const APPROVE = planMutation('approveCarePlan', 'CarePlanVersionInput');
export const RETURN = planMutation('returnCarePlan', 'ReturnCarePlanInput');
export const REVISE = planMutation('reviseCarePlan', 'CarePlanVersionInput');
export const CLOSE = planMutation('closeCarePlan', 'CloseCarePlanInput');
export const ACKNOWLEDGE = planMutation('acknowledgeCarePlan', 'AcknowledgeCarePlanInput');

export const GET_PLAN = `query ($id: ID!) { carePlan(id: $id) { ${PLAN} } }`;
export const CLIENT_PLANS = `query ($clientId: ID!) { clientCarePlans(clientId: $clientId) { ${PLAN} } }`;
export const AWAITING_APPROVAL = `query ($first: Int! = 100, $after: String) {
  carePlansAwaitingApproval(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${PLAN} } } }
}`;
export const COMPARE_PLANS = `query ($fromId: ID!, $toId: ID!) { carePlanComparison(fromId: $fromId, toId: $toId) {
  from { id revision } to { id revision } fields { field before after }
  goals { goalKey change statement fields { field before after }
    objectives { objectiveKey change description fields { field before after } }
    interventions { change description fields { field before after } } }
} }`;

export const TEMPLATE = 'id version programId name description goals active';
export const PLAN_TEMPLATES = `query ($programId: ID, $includeInactive: Boolean) { planTemplates(programId: $programId, includeInactive: $includeInactive) { ${TEMPLATE} } }`;
export const CREATE_TEMPLATE = `mutation ($input: CreatePlanTemplateInput!) { createPlanTemplate(input: $input) { ${TEMPLATE} } }`;
export const UPDATE_TEMPLATE = `mutation ($input: UpdatePlanTemplateInput!) { updatePlanTemplate(input: $input) { ${TEMPLATE} } }`;

export const ENTRY = 'id goalKey objectiveKey rating note recordedOn caseNoteId recordedBy { id } createdAt';
export const RECORD_PROGRESS = `mutation ($input: RecordProgressInput!) { recordProgress(input: $input) { ${ENTRY} } }`;
export const CLIENT_PROGRESS = `query ($clientId: ID!) { clientProgress(clientId: $clientId) {
  goalKey statement domain status carePlanId latestRating lackOfProgress entries { ${ENTRY} }
} }`;

export interface Goal {
  id: string;
  goalKey: string;
  statement: string;
  objectives: { id: string; objectiveKey: string; [field: string]: unknown }[];
  interventions: { id: string; [field: string]: unknown }[];
  [field: string]: unknown;
}

export interface Plan {
  id: string;
  version: number;
  status: string;
  revision: number;
  goals: Goal[];
  [field: string]: unknown;
}

/** A template goal with one objective and one intervention, in English and Spanish. */
export const TEMPLATE_GOAL = {
  statement: { en: 'Find a stable home', es: 'Encontrar un hogar estable' },
  domain: 'HOUSING',
  priority: 'HIGH',
  objectives: [{ description: { en: 'Apply for housing', es: 'Solicitar vivienda' }, measure: { en: 'Applications sent' }, target: { en: '3 applications' } }],
  interventions: [{ description: { en: 'Help fill in applications', es: 'Ayudar con las solicitudes' }, responsible: 'CASE_MANAGER', frequency: { en: 'Weekly' } }],
};

export const PLAN_ROLES = {
  caseManager: 'CASE_MANAGER',
  supervisor: 'SUPERVISOR',
  auditor: 'AUDITOR',
  // A case manager of the agency whose caseload does not hold the client.
  outsider: 'CASE_MANAGER',
} as const;
export type PlanWho = keyof typeof PLAN_ROLES | 'admin' | 'stranger';

export interface PlanSetting extends StaffedAgency<keyof typeof PLAN_ROLES> {
  programId: string;
}

/** An agency with a case manager, a supervisor, an auditor and an outsider, and a program that reviews plans every `reviewMonths`. */
export async function planSetting(t: TestApp, reviewMonths: number | null = 6): Promise<PlanSetting> {
  const staffed = await staffedAgency(t, PLAN_ROLES);
  const programId = await newProgram(t, staffed.people.admin.token, {}, { rules: { deadlines: { reviewMonths } } });
  return { ...staffed, programId };
}

/** A new active client on the case manager's caseload in the program; the client's and the enrollment's ids. */
export async function enrolledClient(t: TestApp, admin: Worker, caseManager: Worker, programId: string): Promise<{ clientId: string; enrollmentId: string }> {
  const clientId = await newClient(t, admin.token, { status: 'ACTIVE' });
  return { clientId, enrollmentId: await onCaseload(t, admin.token, clientId, caseManager.id, programId) };
}

/** A draft plan for the enrollment with one goal (and the extra input given), written by the holder of `token`. */
export async function draftWithGoal(t: TestApp, token: string, enrollmentId: string, effectiveOn: string, input: Record<string, unknown> = {}): Promise<Plan> {
  const draft = await ok<Plan>(t.gql(CREATE_PLAN, { input: { enrollmentId, effectiveOn, ...input } }, { token }));
  return ok(t.gql(ADD_GOAL, { input: { carePlanId: draft.id, version: draft.version, statement: 'Keep my apartment', domain: 'HOUSING', priority: 'HIGH' } }, { token }));
}

/** An ACTIVE plan: drafted with one goal by the case manager, submitted, approved by the supervisor. */
export async function activePlan(t: TestApp, caseManager: Worker, supervisor: Worker, enrollmentId: string, effectiveOn: string): Promise<Plan> {
  const draft = await draftWithGoal(t, caseManager.token, enrollmentId, effectiveOn);
  const submitted = await ok<Plan>(t.gql(SUBMIT, { input: { carePlanId: draft.id, version: draft.version } }, { token: caseManager.token }));
  return ok(t.gql(APPROVE, { input: { carePlanId: submitted.id, version: submitted.version } }, { token: supervisor.token }));
}
