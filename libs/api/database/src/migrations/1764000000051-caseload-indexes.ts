import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case manager's clients are found from the worker, not from the agency's client table: the
 * enrollments they lead (open or closed: a closed one keeps its client until discharge), and
 * the intakes they took. The enrollment index also carries each open case's status, so the
 * caseloads report counts every worker's cases from the index alone; the high-risk clients it
 * counts are read from their own small index.
 */
export class CaseloadIndexes1764000000051 implements MigrationInterface {
  name = 'CaseloadIndexes1764000000051';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX enrollment_case_manager_client_idx ON enrollment (agency_id, primary_case_manager_id, client_id) INCLUDE (status, closed_on)`);
    await db.query(`CREATE INDEX client_intake_creator_idx ON client (agency_id, created_by) WHERE status IN ('INQUIRY', 'INTAKE')`);
    await db.query(`CREATE INDEX client_high_risk_idx ON client (agency_id, id) WHERE risk_level = 'HIGH'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX client_high_risk_idx`);
    await db.query(`DROP INDEX client_intake_creator_idx`);
    await db.query(`DROP INDEX enrollment_case_manager_client_idx`);
  }
}
