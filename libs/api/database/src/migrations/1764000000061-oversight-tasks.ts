import type { MigrationInterface, QueryRunner } from 'typeorm';

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

const KINDS_BEFORE = [
  'MANUAL', 'ASSESSMENT_DUE', 'PLAN_DUE', 'IMPLEMENTATION_PLAN_DUE', 'PLAN_REVIEW', 'PLAN_APPROVAL', 'VISIT', 'QUARTERLY_MONITORING', 'FOLLOW_UP',
  'REFERRAL_NO_ANSWER', 'REFERRAL_APPOINTMENT_FOLLOW_UP', 'APPOINTMENT_PREPARE', 'APPOINTMENT_OUTCOME', 'APPOINTMENT_MISSED', 'TRAINING_REFRESHER',
  'ON_CALL_FOLLOW_UP',
];
const OVERSIGHT_KINDS = ['CORRECTIVE_ACTION', 'FUND_APPROVAL', 'EMERGENCY_ACCESS_REVIEW'];
const SUBJECTS_BEFORE = ['CLIENT', 'ENROLLMENT', 'CARE_PLAN', 'ASSESSMENT', 'REFERRAL', 'APPOINTMENT', 'TRAINING', 'EMERGENCY_CALL'];
const OVERSIGHT_SUBJECTS = ['CHART_AUDIT', 'FUND_REQUEST', 'ACCESS_GRANT'];

/**
 * Oversight reaches the worklist: a chart audit's corrective action for the worker, a fund
 * request for a supervisor to approve, an emergency access for a supervisor to review. The
 * checks are spelled out here, not read from the shared types, so this migration means the
 * same thing whenever it runs.
 */
export class OversightTasks1764000000061 implements MigrationInterface {
  name = 'OversightTasks1764000000061';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_kind_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN (${quoted([...KINDS_BEFORE, ...OVERSIGHT_KINDS])}))`);
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_subject_type_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_subject_type_check CHECK (subject_type IN (${quoted([...SUBJECTS_BEFORE, ...OVERSIGHT_SUBJECTS])}))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE kind IN (${quoted(OVERSIGHT_KINDS)}) OR subject_type IN (${quoted(OVERSIGHT_SUBJECTS)})`);
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_subject_type_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_subject_type_check CHECK (subject_type IN (${quoted(SUBJECTS_BEFORE)}))`);
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_kind_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN (${quoted(KINDS_BEFORE)}))`);
  }
}
