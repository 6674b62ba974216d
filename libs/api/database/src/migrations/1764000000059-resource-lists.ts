import type { MigrationInterface, QueryRunner } from 'typeorm';

const oneOf = (...values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Resource lists: directory services a case manager hands a client, with a personal note, in
 * the client's language. `items` keeps what was handed over (names, phone, address, hours,
 * website, eligibility, fees as the directory had them), so the record reads the same after the
 * directory changes. Each delivery attempt (printed, e-mailed, texted) is appended to
 * `resource_list_delivery` with the message as rendered and whether it went.
 */
export class ResourceLists1764000000059 implements MigrationInterface {
  name = 'ResourceLists1764000000059';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE resource_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        client_id uuid NOT NULL,
        language text NOT NULL CHECK (language IN (${oneOf('EN', 'ES')})),
        note text CHECK (char_length(note) <= 1000),
        items jsonb NOT NULL CHECK (jsonb_typeof(items) = 'array' AND jsonb_array_length(items) BETWEEN 1 AND 20),
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX resource_list_client_idx ON resource_list (agency_id, client_id, created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE resource_list_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        resource_list_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN (${oneOf('PRINTED', 'EMAIL', 'TEXT_MESSAGE')})),
        -- The client's e-mail or phone it went to; none for a printed list.
        address text,
        status text NOT NULL CHECK (status IN (${oneOf('SENT', 'FAILED')})),
        error text,
        -- Who carried it (log, smtp, sms-webhook) and the message as rendered: what the client received.
        provider text,
        subject text,
        body text,
        delivered_by uuid REFERENCES app_user (id),
        occurred_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, resource_list_id) REFERENCES resource_list (agency_id, id) ON DELETE CASCADE,
        CHECK ((channel = 'PRINTED') = (address IS NULL)),
        CHECK ((status = 'FAILED') = (error IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX resource_list_delivery_list_idx ON resource_list_delivery (agency_id, resource_list_id, occurred_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM client_timeline_entry WHERE source_type = 'ResourceList'`);
    await db.query(`DROP TABLE resource_list_delivery`);
    await db.query(`DROP TABLE resource_list`);
  }
}
