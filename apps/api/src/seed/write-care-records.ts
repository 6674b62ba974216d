import { bulkInsert, type Columns, type RunQuery } from './bulk-insert';
import { writeTimeline } from './write-timeline';
import type {
  AssessmentRow,
  CarePlanRow,
  CareRecords,
  DischargePlanRow,
  GoalRow,
  InterventionRow,
  ObjectiveRow,
  PersonDirectedPlanRow,
  PlanTemplateRow,
  ProgressRow,
  TaskRow,
} from './care-seed-rows';

const TEMPLATE: Columns<PlanTemplateRow> = { id: 'uuid', program_id: 'uuid', name: 'text', description: 'text', goals: 'jsonb' };

const ASSESSMENT: Columns<AssessmentRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  instrument_id: 'uuid',
  status: 'text',
  answers: 'jsonb',
  scores: 'jsonb',
  needs: 'jsonb',
  started_by: 'uuid',
  completed_by: 'uuid',
  completed_at: 'timestamptz',
  completed_on: 'date',
  next_due_on: 'date',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  version: 'int',
};

const PERSON_DIRECTED_PLAN: Columns<PersonDirectedPlanRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  received_on: 'date',
  note: 'text',
  recorded_by: 'uuid',
  created_at: 'timestamptz',
};

const CARE_PLAN: Columns<CarePlanRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  revision: 'int',
  previous_id: 'uuid',
  status: 'text',
  effective_on: 'date',
  review_due_on: 'date',
  client_vision: 'text',
  strengths: 'text',
  source_assessment_id: 'uuid',
  template_id: 'uuid',
  author_id: 'uuid',
  submitted_at: 'timestamptz',
  submitted_by: 'uuid',
  approved_by: 'uuid',
  approved_at: 'timestamptz',
  acknowledged_on: 'date',
  acknowledgement_method: 'text',
  acknowledged_by: 'text',
  closed_at: 'timestamptz',
  close_reason: 'text',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
  version: 'int',
};

const GOAL: Columns<GoalRow> = {
  id: 'uuid',
  care_plan_id: 'uuid',
  goal_key: 'uuid',
  position: 'int',
  statement: 'text',
  domain: 'text',
  priority: 'text',
  target_date: 'date',
  status: 'text',
  source_assessment_id: 'uuid',
  source_need: 'text',
  created_at: 'timestamptz',
};

const OBJECTIVE: Columns<ObjectiveRow> = {
  id: 'uuid',
  goal_id: 'uuid',
  objective_key: 'uuid',
  position: 'int',
  description: 'text',
  measure: 'text',
  baseline: 'text',
  target: 'text',
  target_date: 'date',
  created_at: 'timestamptz',
};

const INTERVENTION: Columns<InterventionRow> = {
  id: 'uuid',
  goal_id: 'uuid',
  objective_id: 'uuid',
  position: 'int',
  description: 'text',
  responsible: 'text',
  responsible_name: 'text',
  frequency: 'text',
  created_at: 'timestamptz',
};

const PROGRESS: Columns<ProgressRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  goal_key: 'uuid',
  objective_key: 'uuid',
  rating: 'int',
  note: 'text',
  recorded_on: 'date',
  recorded_by: 'uuid',
  created_at: 'timestamptz',
};

const TASK: Columns<TaskRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  kind: 'text',
  title: 'text',
  details: 'text',
  status: 'text',
  priority: 'text',
  due_on: 'date',
  assignee_id: 'uuid',
  subject_type: 'text',
  subject_id: 'uuid',
  dedupe_key: 'text',
  escalated_at: 'timestamptz',
  completed_at: 'timestamptz',
  completed_by: 'uuid',
  completion_note: 'text',
  created_by: 'uuid',
  created_at: 'timestamptz',
};

const DISCHARGE_PLAN: Columns<DischargePlanRow> = {
  id: 'uuid',
  client_id: 'uuid',
  enrollment_id: 'uuid',
  planned_on: 'date',
  reason: 'text',
  aftercare: 'text',
  continuing_services: 'text',
  created_by: 'uuid',
  created_at: 'timestamptz',
};

export async function writePlanTemplates(run: RunQuery, agencyId: string, templates: PlanTemplateRow[]): Promise<void> {
  await bulkInsert(run, 'plan_template', agencyId, TEMPLATE, templates);
}

/** Writes an agency's care records, parents before children. */
export async function writeCareRecords(run: RunQuery, agencyId: string, records: CareRecords): Promise<void> {
  await bulkInsert(run, 'assessment', agencyId, ASSESSMENT, records.assessments, { parent: true });
  await bulkInsert(run, 'person_directed_plan', agencyId, PERSON_DIRECTED_PLAN, records.personDirectedPlans);
  // A revision points at the one before it: earlier revisions first.
  await bulkInsert(run, 'care_plan', agencyId, CARE_PLAN, [...records.plans].sort((a, b) => a.revision - b.revision), { parent: true });
  await bulkInsert(run, 'care_plan_goal', agencyId, GOAL, records.goals, { parent: true });
  await bulkInsert(run, 'care_plan_objective', agencyId, OBJECTIVE, records.objectives, { parent: true });
  await bulkInsert(run, 'care_plan_intervention', agencyId, INTERVENTION, records.interventions);
  await bulkInsert(run, 'progress_entry', agencyId, PROGRESS, records.progress);
  await bulkInsert(run, 'task', agencyId, TASK, records.tasks);
  await bulkInsert(run, 'discharge_plan', agencyId, DISCHARGE_PLAN, records.dischargePlans);
  await writeTimeline(run, agencyId, records.timeline);
}
