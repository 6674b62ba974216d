import type { MigrationInterface, QueryRunner } from 'typeorm';

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

const OWNER_TYPES = ['CLIENT', 'ENROLLMENT', 'CASE_NOTE', 'CONSENT', 'INCIDENT', 'REFERRAL'];
const DOCUMENT_TYPES = ['SIGNED_CONSENT', 'RELEASE_OF_INFORMATION', 'ID', 'MEDICAL_LETTER', 'COURT_ORDER', 'RECEIPT', 'INSURANCE_CARD', 'OTHER'];
const CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/heic', 'image/tiff', 'text/plain'];

/**
 * A client's documents: the metadata in `document`, the bytes (when PostgreSQL stores them,
 * the default) in `document_content`, written in the same transaction and backed up with the
 * data. The owner record is checked by the service (it may live in a context above this one,
 * a referral), so owner_id carries no foreign key; the client does. Values are spelled out
 * here, not read from the shared types, so this migration means the same thing whenever it runs.
 */
export class ClientDocuments1764000000056 implements MigrationInterface {
  name = 'ClientDocuments1764000000056';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE document (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        owner_type text NOT NULL CHECK (owner_type IN (${quoted(OWNER_TYPES)})),
        owner_id uuid NOT NULL,
        document_type text NOT NULL CHECK (document_type IN (${quoted(DOCUMENT_TYPES)})),
        title text NOT NULL,
        document_date date NOT NULL,
        expires_on date,
        file_name text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN (${quoted(CONTENT_TYPES)})),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        removed_by uuid REFERENCES app_user (id),
        removal_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        CHECK (expires_on IS NULL OR expires_on >= document_date),
        CHECK ((removed_at IS NULL) = (removed_by IS NULL))
      )`);
    await db.query(`CREATE INDEX document_client_idx ON document (agency_id, client_id, uploaded_at DESC, id DESC) WHERE removed_at IS NULL`);
    await db.query(`CREATE INDEX document_owner_idx ON document (agency_id, owner_type, owner_id) WHERE removed_at IS NULL`);
    await db.query(`
      CREATE TABLE document_content (
        agency_id uuid NOT NULL REFERENCES agency (id),
        key text NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (agency_id, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM client_timeline_entry WHERE source_type = 'Document'`);
    await db.query(`DROP TABLE document_content`);
    await db.query(`DROP TABLE document`);
  }
}
