import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An import's heartbeat: each batch's progress moves progressed_at on, so an import whose
 * process stopped (a restart mid-import) shows as one whose heartbeat went stale, and the
 * sweep can close it as FAILED instead of leaving it RUNNING for the SPA to poll forever.
 * Rows already there take now(): an import still running keeps it fresh, a dead one goes stale.
 */
export class DirectoryImportHeartbeat1764000000035 implements MigrationInterface {
  name = 'DirectoryImportHeartbeat1764000000035';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE directory_import ADD COLUMN progressed_at timestamptz NOT NULL DEFAULT now()`);
    // The sweep's round reads the running imports only.
    await db.query(`CREATE INDEX directory_import_running_idx ON directory_import (progressed_at) WHERE status = 'RUNNING'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX directory_import_running_idx`);
    await db.query(`ALTER TABLE directory_import DROP COLUMN progressed_at`);
  }
}
