import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1`;

/** The SQL list of a status machine's values, for CHECK constraints. */
const oneOf = (...values: string[]) => values.map((value) => `'${value}'`).join(', ');

const DOMAINS = oneOf(
  'HOUSING', 'FOOD', 'TRANSPORTATION', 'UTILITIES', 'SAFETY', 'INCOME', 'EMPLOYMENT', 'EDUCATION', 'PHYSICAL_HEALTH',
  'MENTAL_HEALTH', 'SUBSTANCE_USE', 'FAMILY', 'SOCIAL_SUPPORT', 'DAILY_LIVING', 'LEGAL', 'SATISFACTION',
);

/**
 * The care-plan context: assessment instruments and assessments, versioned care plans with
 * goals, objectives and interventions, progress, the worklist, and discharge plans. Rows point
 * at the client (and enrollment) by (agency_id, id), so none can hang from another agency's.
 * pg-boss keeps its own queue tables in the `pgboss` schema and creates them on first start.
 */
export class CarePlanning1764000000020 implements MigrationInterface {
  name = 'CarePlanning1764000000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE instrument (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        code text NOT NULL,
        revision integer NOT NULL CHECK (revision > 0),
        name text NOT NULL,
        description text,
        definition jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_by uuid REFERENCES app_user (id),
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (agency_id, code, revision)
      )`);

    await db.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        enrollment_id uuid,
        instrument_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN (${oneOf('IN_PROGRESS', 'COMPLETED', 'SUPERSEDED')})),
        answers jsonb NOT NULL DEFAULT '{}',
        scores jsonb,
        needs jsonb,
        started_by uuid REFERENCES app_user (id),
        completed_by uuid REFERENCES app_user (id),
        completed_at timestamptz,
        completed_on date,
        next_due_on date,
        corrects_id uuid,
        correction_reason text,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        CHECK ((status = 'IN_PROGRESS') = (completed_at IS NULL)),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id),
        FOREIGN KEY (agency_id, instrument_id) REFERENCES instrument (agency_id, id),
        FOREIGN KEY (agency_id, corrects_id) REFERENCES assessment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX assessment_client_idx ON assessment (agency_id, client_id, completed_on DESC NULLS FIRST)`);
    await db.query(`CREATE INDEX assessment_enrollment_idx ON assessment (agency_id, enrollment_id) WHERE enrollment_id IS NOT NULL`);
    await db.query(`CREATE INDEX assessment_due_idx ON assessment (agency_id, next_due_on) WHERE status = 'COMPLETED'`);
    // One correction at a time: a second draft correcting the same assessment is refused.
    await db.query(`CREATE UNIQUE INDEX assessment_open_correction_key ON assessment (agency_id, corrects_id) WHERE status = 'IN_PROGRESS' AND corrects_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE person_directed_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        enrollment_id uuid NOT NULL,
        received_on date NOT NULL,
        note text,
        recorded_by uuid REFERENCES app_user (id),
        ${VERSIONED},
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX person_directed_plan_enrollment_idx ON person_directed_plan (agency_id, enrollment_id, received_on DESC)`);

    await db.query(`
      CREATE TABLE plan_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        program_id uuid,
        name text NOT NULL,
        description text,
        goals jsonb NOT NULL DEFAULT '[]',
        active boolean NOT NULL DEFAULT true,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, program_id) REFERENCES program (agency_id, id)
      )`);

    await db.query(`
      CREATE TABLE care_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        enrollment_id uuid NOT NULL,
        revision integer NOT NULL CHECK (revision > 0),
        previous_id uuid,
        status text NOT NULL CHECK (status IN (${oneOf('DRAFT', 'PENDING_APPROVAL', 'ACTIVE', 'SUPERSEDED', 'CLOSED')})),
        effective_on date NOT NULL,
        review_due_on date,
        client_vision text,
        strengths text,
        source_assessment_id uuid,
        template_id uuid,
        author_id uuid REFERENCES app_user (id),
        submitted_at timestamptz,
        approved_by uuid REFERENCES app_user (id),
        approved_at timestamptz,
        return_note text,
        acknowledged_on date,
        acknowledgement_method text CHECK (acknowledgement_method IN (${oneOf('SIGNATURE', 'VERBAL')})),
        acknowledged_by text,
        acknowledgement_note text,
        closed_at timestamptz,
        close_reason text,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (agency_id, enrollment_id, revision),
        CHECK (review_due_on IS NULL OR review_due_on >= effective_on),
        CHECK ((acknowledged_on IS NULL) = (acknowledgement_method IS NULL)),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id),
        FOREIGN KEY (agency_id, previous_id) REFERENCES care_plan (agency_id, id),
        FOREIGN KEY (agency_id, source_assessment_id) REFERENCES assessment (agency_id, id),
        FOREIGN KEY (agency_id, template_id) REFERENCES plan_template (agency_id, id)
      )`);
    await db.query(`CREATE INDEX care_plan_client_idx ON care_plan (agency_id, client_id, created_at DESC)`);
    await db.query(`CREATE INDEX care_plan_pending_idx ON care_plan (agency_id, submitted_at) WHERE status = 'PENDING_APPROVAL'`);
    // At most one plan in force, and one being worked on, per enrollment.
    await db.query(`CREATE UNIQUE INDEX care_plan_active_key ON care_plan (agency_id, enrollment_id) WHERE status = 'ACTIVE'`);
    await db.query(`CREATE UNIQUE INDEX care_plan_open_draft_key ON care_plan (agency_id, enrollment_id) WHERE status IN ('DRAFT', 'PENDING_APPROVAL')`);

    // goal_key and objective_key stay the same from one version of a plan to the next, so
    // progress and comparison follow a goal across versions.
    await db.query(`
      CREATE TABLE care_plan_goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        care_plan_id uuid NOT NULL,
        goal_key uuid NOT NULL DEFAULT gen_random_uuid(),
        position integer NOT NULL,
        statement text NOT NULL,
        domain text NOT NULL CHECK (domain IN (${DOMAINS})),
        priority text NOT NULL CHECK (priority IN (${oneOf('HIGH', 'MEDIUM', 'LOW')})),
        target_date date,
        status text NOT NULL DEFAULT 'IN_PROGRESS' CHECK (status IN (${oneOf('IN_PROGRESS', 'ACHIEVED', 'DISCONTINUED')})),
        source_assessment_id uuid,
        source_need text,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (care_plan_id, goal_key),
        FOREIGN KEY (agency_id, care_plan_id) REFERENCES care_plan (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, source_assessment_id) REFERENCES assessment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX care_plan_goal_plan_idx ON care_plan_goal (agency_id, care_plan_id, position)`);
    await db.query(`
      CREATE TABLE care_plan_objective (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        objective_key uuid NOT NULL DEFAULT gen_random_uuid(),
        position integer NOT NULL,
        description text NOT NULL,
        measure text NOT NULL,
        baseline text,
        target text NOT NULL,
        target_date date,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, goal_id) REFERENCES care_plan_goal (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX care_plan_objective_goal_idx ON care_plan_objective (agency_id, goal_id, position)`);
    await db.query(`
      CREATE TABLE care_plan_intervention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        goal_id uuid NOT NULL,
        objective_id uuid,
        position integer NOT NULL,
        description text NOT NULL,
        responsible text NOT NULL CHECK (responsible IN (${oneOf('CLIENT', 'CASE_MANAGER', 'FAMILY', 'PROVIDER', 'REFERRAL')})),
        responsible_name text,
        frequency text,
        referral_id uuid,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, goal_id) REFERENCES care_plan_goal (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, objective_id) REFERENCES care_plan_objective (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX care_plan_intervention_goal_idx ON care_plan_intervention (agency_id, goal_id, position)`);

    // Progress is appended, never edited: a mistaken entry is answered by a later one.
    await db.query(`
      CREATE TABLE progress_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        enrollment_id uuid NOT NULL,
        goal_key uuid NOT NULL,
        objective_key uuid,
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        note text,
        recorded_on date NOT NULL,
        case_note_id uuid,
        recorded_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id),
        FOREIGN KEY (agency_id, case_note_id) REFERENCES case_note (agency_id, id)
      )`);
    await db.query(`CREATE INDEX progress_entry_goal_idx ON progress_entry (agency_id, goal_key, recorded_on)`);
    await db.query(`CREATE INDEX progress_entry_client_idx ON progress_entry (agency_id, client_id, recorded_on DESC)`);

    // A generated task carries a dedupe key (kind, subject, period): inserting it twice, from
    // two API instances or two sweeps, leaves one row.
    await db.query(`
      CREATE TABLE task (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        client_id uuid,
        enrollment_id uuid,
        kind text NOT NULL CHECK (kind IN (${oneOf(
          'MANUAL', 'ASSESSMENT_DUE', 'PLAN_DUE', 'IMPLEMENTATION_PLAN_DUE', 'PLAN_REVIEW', 'PLAN_APPROVAL', 'VISIT', 'QUARTERLY_MONITORING', 'FOLLOW_UP',
        )})),
        title text NOT NULL,
        details text,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${oneOf('OPEN', 'DONE', 'CANCELLED')})),
        priority text NOT NULL DEFAULT 'NORMAL' CHECK (priority IN (${oneOf('URGENT', 'HIGH', 'NORMAL', 'LOW')})),
        due_on date NOT NULL,
        assignee_id uuid REFERENCES app_user (id),
        subject_type text CHECK (subject_type IN (${oneOf('CLIENT', 'ENROLLMENT', 'CARE_PLAN', 'ASSESSMENT', 'REFERRAL')})),
        subject_id uuid,
        dedupe_key text,
        escalated_at timestamptz,
        completed_at timestamptz,
        completed_by uuid REFERENCES app_user (id),
        completion_note text,
        created_by uuid REFERENCES app_user (id),
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (agency_id, dedupe_key),
        CHECK ((status = 'OPEN') = (completed_at IS NULL)),
        CHECK ((subject_type IS NULL) = (subject_id IS NULL)),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX task_assignee_open_idx ON task (agency_id, assignee_id, due_on) WHERE status = 'OPEN'`);
    await db.query(`CREATE INDEX task_client_idx ON task (agency_id, client_id, status, due_on)`);
    await db.query(`CREATE INDEX task_enrollment_open_idx ON task (agency_id, enrollment_id) WHERE status = 'OPEN'`);
    await db.query(`CREATE INDEX task_overdue_idx ON task (agency_id, due_on) WHERE status = 'OPEN'`);

    await db.query(`
      CREATE TABLE discharge_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        enrollment_id uuid NOT NULL,
        planned_on date NOT NULL,
        reason text NOT NULL,
        aftercare text,
        continuing_services text,
        created_by uuid REFERENCES app_user (id),
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (agency_id, enrollment_id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'discharge_plan',
      'task',
      'progress_entry',
      'care_plan_intervention',
      'care_plan_objective',
      'care_plan_goal',
      'care_plan',
      'plan_template',
      'person_directed_plan',
      'assessment',
      'instrument',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
