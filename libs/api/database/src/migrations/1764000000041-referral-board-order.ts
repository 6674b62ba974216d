import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The boards' default order (every status, newest change first) reads these indexes in order:
 * those of migration 040 lead with the status, which serves one status's column but not a
 * list of all of them. The id runs the same way as the date (the pages' keyset), so one index
 * scan gives the page in order. The inbox's matches its query: sent referrals to an agency on
 * Waymark.
 */
export class ReferralBoardOrder1764000000041 implements MigrationInterface {
  name = 'ReferralBoardOrder1764000000041';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX referral_sent_order_idx ON referral (agency_id, status_changed_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX referral_inbox_order_idx ON referral (receiver_agency_id, status_changed_at DESC, id DESC) WHERE receiver_agency_id IS NOT NULL AND status <> 'DRAFT'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX referral_inbox_order_idx`);
    await db.query(`DROP INDEX referral_sent_order_idx`);
  }
}
