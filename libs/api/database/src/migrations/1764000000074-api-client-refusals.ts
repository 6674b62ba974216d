import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `refusal_window`: the rate-limit minute in which a refused call of the key (revoked, expired,
 * from outside its allow-list) was last recorded in the trail. A key still in use after it was
 * retired is worth one LOGIN_FAILED event a minute, not one per call: the authenticator claims
 * the minute with a conditional update, so only the first refusal of a minute is written,
 * whichever API instance answers it.
 */
export class ApiClientRefusals1764000000074 implements MigrationInterface {
  name = 'ApiClientRefusals1764000000074';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE api_client ADD COLUMN IF NOT EXISTS refusal_window timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE api_client DROP COLUMN IF EXISTS refusal_window`);
  }
}
