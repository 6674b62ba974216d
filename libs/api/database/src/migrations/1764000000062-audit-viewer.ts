import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit viewer filters the trail by who acted, what they did and on which record, newest
 * first: one index per filter, on the partitioned parent so every month's partition has it.
 * A record id is looked up on its own (a kind alongside it is checked on the few rows the id
 * finds); the kind alone has its own index. "Who has looked at this client" groups a client's
 * reads by user from its own narrow index, without visiting the events themselves (the
 * client index of migration 001 would fetch every event of the client to keep the reads).
 * A grant opened in an emergency (break-the-glass) is marked as such.
 * The indexes are built in the migration's transaction, locking the trail's writes while
 * they build: on a large trail, build them beforehand per partition with CREATE INDEX
 * CONCURRENTLY and attach them (README, Audit trail).
 */
export class AuditViewer1764000000062 implements MigrationInterface {
  name = 'AuditViewer1764000000062';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX IF NOT EXISTS audit_event_actor_idx ON audit_event (agency_id, actor_id, occurred_at DESC, id DESC) WHERE actor_id IS NOT NULL`);
    await db.query(`CREATE INDEX IF NOT EXISTS audit_event_action_idx ON audit_event (agency_id, action, occurred_at DESC, id DESC)`);
    await db.query(`DROP INDEX IF EXISTS audit_event_entity_idx`);
    await db.query(
      `CREATE INDEX IF NOT EXISTS audit_event_entity_type_idx ON audit_event (agency_id, entity_type, occurred_at DESC, id DESC) WHERE entity_type IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX IF NOT EXISTS audit_event_entity_id_idx ON audit_event (agency_id, entity_id, occurred_at DESC, id DESC) WHERE entity_id IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX IF NOT EXISTS audit_event_client_reads_idx ON audit_event (agency_id, client_id, actor_id, occurred_at) WHERE action IN ('READ', 'BREAK_GLASS') AND client_id IS NOT NULL`,
    );
    await db.query(`ALTER TABLE client_access_grant ADD COLUMN IF NOT EXISTS emergency boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE kind = 'EMERGENCY_ACCESS_REVIEW'`);
    await db.query(`DELETE FROM client_access_grant WHERE emergency`);
    await db.query(`ALTER TABLE client_access_grant DROP COLUMN IF EXISTS emergency`);
    await db.query(`DROP INDEX IF EXISTS audit_event_client_reads_idx`);
    await db.query(`DROP INDEX IF EXISTS audit_event_entity_id_idx`);
    await db.query(`DROP INDEX IF EXISTS audit_event_entity_type_idx`);
    await db.query(`DROP INDEX IF EXISTS audit_event_entity_idx`);
    await db.query(`DROP INDEX IF EXISTS audit_event_action_idx`);
    await db.query(`DROP INDEX IF EXISTS audit_event_actor_idx`);
  }
}
