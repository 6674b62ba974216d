import type { FoundNeed, InstrumentDefinition, PlanTemplateGoal, RuleScore } from '@waymark/shared/types';
import type { TimelineRow } from './seed-rows';

/**
 * Rows as the care-plan tables hold them (column names as keys), planned in memory and
 * written in bulk like the client records (seed-rows.ts). Calendar dates are 'YYYY-MM-DD'
 * strings; instants are Dates.
 */
export interface PlanTemplateRow {
  id: string;
  program_id: string;
  name: string;
  description: string;
  goals: PlanTemplateGoal[];
}

export interface AssessmentRow {
  id: string;
  client_id: string;
  enrollment_id: string;
  instrument_id: string;
  status: string;
  answers: object;
  scores: RuleScore[] | null;
  needs: FoundNeed[] | null;
  started_by: string;
  completed_by: string | null;
  completed_at: Date | null;
  completed_on: string | null;
  next_due_on: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface PersonDirectedPlanRow {
  id: string;
  client_id: string;
  enrollment_id: string;
  received_on: string;
  note: string;
  recorded_by: string;
  created_at: Date;
}

export interface CarePlanRow {
  id: string;
  client_id: string;
  enrollment_id: string;
  revision: number;
  previous_id: string | null;
  status: string;
  effective_on: string;
  review_due_on: string | null;
  client_vision: string | null;
  strengths: string | null;
  source_assessment_id: string | null;
  template_id: string | null;
  author_id: string;
  submitted_at: Date | null;
  submitted_by: string | null;
  approved_by: string | null;
  approved_at: Date | null;
  acknowledged_on: string | null;
  acknowledgement_method: string | null;
  acknowledged_by: string | null;
  closed_at: Date | null;
  close_reason: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface GoalRow {
  id: string;
  care_plan_id: string;
  goal_key: string;
  position: number;
  statement: string;
  domain: string;
  priority: string;
  target_date: string | null;
  status: string;
  source_assessment_id: string | null;
  source_need: string | null;
  created_at: Date;
}

export interface ObjectiveRow {
  id: string;
  goal_id: string;
  objective_key: string;
  position: number;
  description: string;
  measure: string;
  baseline: string | null;
  target: string;
  target_date: string | null;
  created_at: Date;
}

export interface InterventionRow {
  id: string;
  goal_id: string;
  objective_id: string | null;
  position: number;
  description: string;
  responsible: string;
  responsible_name: string | null;
  frequency: string | null;
  created_at: Date;
}

export interface ProgressRow {
  id: string;
  client_id: string;
  enrollment_id: string;
  goal_key: string;
  objective_key: string | null;
  rating: number;
  note: string;
  recorded_on: string;
  recorded_by: string;
  created_at: Date;
}

export interface TaskRow {
  id: string;
  client_id: string | null;
  enrollment_id: string | null;
  kind: string;
  title: string;
  details: string | null;
  status: string;
  priority: string;
  due_on: string;
  assignee_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  dedupe_key: string | null;
  escalated_at: Date | null;
  completed_at: Date | null;
  completed_by: string | null;
  completion_note: string | null;
  created_by: string | null;
  created_at: Date;
}

export interface DischargePlanRow {
  id: string;
  client_id: string;
  enrollment_id: string;
  planned_on: string;
  reason: string;
  aftercare: string;
  continuing_services: string | null;
  created_by: string;
  created_at: Date;
}

/** An instrument as the seed answers it: the agency's revision 1 of a starter instrument. */
export interface SeedInstrument {
  id: string;
  code: string;
  name: string;
  definition: InstrumentDefinition;
}

/** A batch of care records, in the order they must be written. */
export interface CareRecords {
  assessments: AssessmentRow[];
  personDirectedPlans: PersonDirectedPlanRow[];
  plans: CarePlanRow[];
  goals: GoalRow[];
  objectives: ObjectiveRow[];
  interventions: InterventionRow[];
  progress: ProgressRow[];
  tasks: TaskRow[];
  dischargePlans: DischargePlanRow[];
  timeline: TimelineRow[];
}

export function emptyCareRecords(): CareRecords {
  return { assessments: [], personDirectedPlans: [], plans: [], goals: [], objectives: [], interventions: [], progress: [], tasks: [], dischargePlans: [], timeline: [] };
}
