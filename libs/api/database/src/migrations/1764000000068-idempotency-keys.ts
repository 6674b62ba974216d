import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of create mutations: one row per caller and key, holding a hash of the
 * request's body and, once the first request succeeded, its response to replay. A row is
 * IN_FLIGHT while that first request runs (a second one with the key is refused meanwhile),
 * DONE after. A recurring job deletes rows past `expires_at`. Keyed by agency first, like
 * every tenant table, then the principal (user or API client) and the key they chose.
 */
export class IdempotencyKeys1764000000068 implements MigrationInterface {
  name = 'IdempotencyKeys1764000000068';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE IF NOT EXISTS idempotency_key (
        agency_id uuid NOT NULL,
        principal_id uuid NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
        request_hash text NOT NULL,
        status text NOT NULL CHECK (status IN ('IN_FLIGHT', 'DONE')),
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (agency_id, principal_id, key),
        CHECK (status = 'IN_FLIGHT' OR response IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX IF NOT EXISTS idempotency_key_expiry_idx ON idempotency_key (expires_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS idempotency_key`);
  }
}
