import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks under review:
 * - indexes the nightly retention purge needs (old deliveries, old events, and whether any
 *   delivery still points at an event: also what a foreign key check on event delete reads);
 * - `failures_in_row` now counts deliveries that ended FAILED, no longer attempts, so the
 *   attempt counts kept so far are reset rather than read as deliveries.
 */
export class WebhookRetention1764000000075 implements MigrationInterface {
  name = 'WebhookRetention1764000000075';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX IF NOT EXISTS webhook_delivery_created_idx ON webhook_delivery (created_at)`);
    await db.query(`CREATE INDEX IF NOT EXISTS webhook_delivery_event_idx ON webhook_delivery (agency_id, event_id)`);
    await db.query(`CREATE INDEX IF NOT EXISTS webhook_event_occurred_idx ON webhook_event (occurred_at)`);
    await db.query(`UPDATE webhook_subscription SET failures_in_row = 0 WHERE failures_in_row <> 0`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS webhook_event_occurred_idx`);
    await db.query(`DROP INDEX IF EXISTS webhook_delivery_event_idx`);
    await db.query(`DROP INDEX IF EXISTS webhook_delivery_created_idx`);
  }
}
