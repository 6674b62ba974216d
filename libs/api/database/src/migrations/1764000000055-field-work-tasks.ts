import type { MigrationInterface, QueryRunner } from 'typeorm';

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

const KINDS_BEFORE = [
  'MANUAL', 'ASSESSMENT_DUE', 'PLAN_DUE', 'IMPLEMENTATION_PLAN_DUE', 'PLAN_REVIEW', 'PLAN_APPROVAL', 'VISIT', 'QUARTERLY_MONITORING', 'FOLLOW_UP',
  'REFERRAL_NO_ANSWER', 'REFERRAL_APPOINTMENT_FOLLOW_UP',
];
const FIELD_WORK_KINDS = ['APPOINTMENT_PREPARE', 'APPOINTMENT_OUTCOME', 'APPOINTMENT_MISSED', 'TRAINING_REFRESHER', 'ON_CALL_FOLLOW_UP'];
const SUBJECTS_BEFORE = ['CLIENT', 'ENROLLMENT', 'CARE_PLAN', 'ASSESSMENT', 'REFERRAL'];
const FIELD_WORK_SUBJECTS = ['APPOINTMENT', 'TRAINING', 'EMERGENCY_CALL'];

/**
 * Field work reaches the worklist: an appointment to prepare and its outcome to record, a
 * missed one to follow up, a care-team refresher due, an after-hours call to follow up. The
 * checks are spelled out here, not read from the shared types, so this migration means the
 * same thing whenever it runs.
 */
export class FieldWorkTasks1764000000055 implements MigrationInterface {
  name = 'FieldWorkTasks1764000000055';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_kind_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN (${quoted([...KINDS_BEFORE, ...FIELD_WORK_KINDS])}))`);
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_subject_type_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_subject_type_check CHECK (subject_type IN (${quoted([...SUBJECTS_BEFORE, ...FIELD_WORK_SUBJECTS])}))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE kind IN (${quoted(FIELD_WORK_KINDS)}) OR subject_type IN (${quoted(FIELD_WORK_SUBJECTS)})`);
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_subject_type_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_subject_type_check CHECK (subject_type IN (${quoted(SUBJECTS_BEFORE)}))`);
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_kind_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN (${quoted(KINDS_BEFORE)}))`);
  }
}
