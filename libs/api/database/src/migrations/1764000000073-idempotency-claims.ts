import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two things an idempotency key must remember besides its answer:
 * - `claim_token`: which request holds the key. A key taken over after it was abandoned gets a
 *   new token, so the slow first request, when it finally answers, can no longer store or free
 *   a key that is not its own any more.
 * - `created_entity_type`, `created_entity_id`, `created_client_id`: the record the first
 *   request created (its CREATE audit event), so a replay is audited as a read of that record
 *   and its client even when the answer selected neither id.
 */
export class IdempotencyClaims1764000000073 implements MigrationInterface {
  name = 'IdempotencyClaims1764000000073';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE idempotency_key
        ADD COLUMN IF NOT EXISTS claim_token uuid,
        ADD COLUMN IF NOT EXISTS created_entity_type text,
        ADD COLUMN IF NOT EXISTS created_entity_id text,
        ADD COLUMN IF NOT EXISTS created_client_id uuid`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE idempotency_key
        DROP COLUMN IF EXISTS claim_token,
        DROP COLUMN IF EXISTS created_entity_type,
        DROP COLUMN IF EXISTS created_entity_id,
        DROP COLUMN IF EXISTS created_client_id`);
  }
}
