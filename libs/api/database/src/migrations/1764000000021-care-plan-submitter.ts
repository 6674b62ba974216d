import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who submitted a care plan for approval. A supervisor who submits a case manager's plan
 * must not approve it either, so the submitter is kept beside the author.
 */
export class CarePlanSubmitter1764000000021 implements MigrationInterface {
  name = 'CarePlanSubmitter1764000000021';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE care_plan ADD COLUMN submitted_by uuid REFERENCES app_user (id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE care_plan DROP COLUMN submitted_by`);
  }
}
