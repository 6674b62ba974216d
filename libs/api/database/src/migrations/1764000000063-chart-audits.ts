import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1`;

const CHECKS = `'ASSESSMENTS_CURRENT', 'PLAN_SIGNED_AND_REVIEWED', 'NOTES_SIGNED_ON_TIME', 'CONSENTS_VALID', 'REFERRALS_FOLLOWED_UP'`;
const RESULTS = `'PASS', 'FAIL', 'NOT_APPLICABLE'`;

/**
 * Quarterly chart audits: the agency's checklist as data (one row an item, automatic or a
 * question), each audit with its stored sample of charts (so it reads the same later), an
 * answer per chart and item (the system's pre-filled result and evidence beside the
 * reviewer's), and corrective actions, each of which is a task on the worker's worklist.
 * An audit keeps a copy of the checklist it was started with, so a later change to the
 * checklist leaves a finished audit as it was.
 */
export class ChartAudits1764000000063 implements MigrationInterface {
  name = 'ChartAudits1764000000063';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE IF NOT EXISTS chart_audit_checklist_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9-]{0,39}$'),
        position integer NOT NULL,
        label_en text NOT NULL,
        label_es text NOT NULL,
        "check" text CHECK ("check" IN (${CHECKS})),
        days integer CHECK (days IS NULL OR days BETWEEN 0 AND 365),
        active boolean NOT NULL DEFAULT true,
        ${VERSIONED},
        UNIQUE (agency_id, key)
      )`);

    await db.query(`
      CREATE TABLE IF NOT EXISTS chart_audit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        quarter text NOT NULL CHECK (quarter ~ '^[0-9]{4}-Q[1-4]$'),
        program_id uuid,
        worker_id uuid REFERENCES app_user (id),
        sample_rule text CHECK (sample_rule IN ('HIGH_RISK', 'OPENED_IN_QUARTER')),
        sample_size integer NOT NULL CHECK (sample_size BETWEEN 1 AND 50),
        seed text NOT NULL,
        items jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
        started_by uuid NOT NULL REFERENCES app_user (id),
        completed_at timestamptz,
        completed_by uuid REFERENCES app_user (id),
        ${VERSIONED},
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, program_id) REFERENCES program (agency_id, id),
        CHECK ((status = 'COMPLETED') = (completed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX IF NOT EXISTS chart_audit_agency_idx ON chart_audit (agency_id, created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE IF NOT EXISTS chart_audit_chart (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        chart_audit_id uuid NOT NULL,
        enrollment_id uuid NOT NULL,
        client_id uuid NOT NULL,
        worker_id uuid REFERENCES app_user (id),
        position integer NOT NULL,
        findings text,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (chart_audit_id, enrollment_id),
        FOREIGN KEY (agency_id, chart_audit_id) REFERENCES chart_audit (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX IF NOT EXISTS chart_audit_chart_audit_idx ON chart_audit_chart (agency_id, chart_audit_id, position)`);

    await db.query(`
      CREATE TABLE IF NOT EXISTS chart_audit_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        chart_audit_id uuid NOT NULL,
        chart_id uuid NOT NULL,
        item_key text NOT NULL,
        automatic_result text CHECK (automatic_result IN (${RESULTS})),
        evidence text,
        result text CHECK (result IN (${RESULTS})),
        note text,
        answered_by uuid REFERENCES app_user (id),
        answered_at timestamptz,
        ${VERSIONED},
        UNIQUE (chart_id, item_key),
        FOREIGN KEY (agency_id, chart_audit_id) REFERENCES chart_audit (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, chart_id) REFERENCES chart_audit_chart (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX IF NOT EXISTS chart_audit_answer_audit_idx ON chart_audit_answer (agency_id, chart_audit_id)`);

    await db.query(`
      CREATE TABLE IF NOT EXISTS chart_audit_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        chart_audit_id uuid NOT NULL,
        chart_id uuid NOT NULL,
        item_key text,
        what text NOT NULL,
        assignee_id uuid NOT NULL REFERENCES app_user (id),
        due_on date NOT NULL,
        task_key text NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        ${VERSIONED},
        FOREIGN KEY (agency_id, chart_audit_id) REFERENCES chart_audit (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, chart_id) REFERENCES chart_audit_chart (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX IF NOT EXISTS chart_audit_action_audit_idx ON chart_audit_action (agency_id, chart_audit_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE kind = 'CORRECTIVE_ACTION' AND subject_type = 'CHART_AUDIT'`);
    await db.query(`DROP TABLE IF EXISTS chart_audit_action`);
    await db.query(`DROP TABLE IF EXISTS chart_audit_answer`);
    await db.query(`DROP TABLE IF EXISTS chart_audit_chart`);
    await db.query(`DROP TABLE IF EXISTS chart_audit`);
    await db.query(`DROP TABLE IF EXISTS chart_audit_checklist_item`);
  }
}
