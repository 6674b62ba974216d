import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1764000000001 implements MigrationInterface {
  name = 'AuditTrail1764000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        agency_id uuid REFERENCES agency (id),
        actor_type text NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        client_id uuid,
        changes jsonb,
        reason text,
        request_id text,
        ip text,
        user_agent text
      )`);
    await db.query(`CREATE INDEX audit_event_agency_time_idx ON audit_event (agency_id, occurred_at DESC, id DESC)`);
    await db.query(
      `CREATE INDEX audit_event_client_idx ON audit_event (agency_id, client_id, occurred_at DESC) WHERE client_id IS NOT NULL`,
    );
    // The sealer writes here and nowhere else; requests only ever append to audit_event.
    await db.query(`
      CREATE TABLE audit_seal (
        event_id bigint PRIMARY KEY REFERENCES audit_event (id),
        chain text NOT NULL,
        seq bigint NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        sealed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (chain, seq)
      )`);
    await db.query(`
      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only (% on %)', TG_OP, TG_TABLE_NAME;
      END $$`);
    for (const table of ['audit_event', 'audit_seal']) {
      await db.query(
        `CREATE TRIGGER ${table}_no_update BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_append_only()`,
      );
      await db.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`,
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_seal`);
    await db.query(`DROP TABLE audit_event`);
    await db.query(`DROP FUNCTION audit_append_only()`);
  }
}
