import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API clients: keys an agency admin gives another system. The secret is kept only as its
 * SHA-256 (the key is 256 random bits, so a slow hash adds nothing; see api-client-token.ts).
 * Each client has a companion `app_user` row under the same id, of kind API_CLIENT, which can
 * never sign in (inactive, no password): the `created_by`-style columns of every context
 * reference app_user, so an API client's writes name it there as a user's would, and the audit
 * viewer finds its name where it finds users'. The request counter of the rate limit lives on
 * the client's row: one UPDATE per request, shared by every API instance.
 */
export class ApiClients1764000000067 implements MigrationInterface {
  name = 'ApiClients1764000000067';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE app_user ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'PERSON'`);
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT IF EXISTS app_user_kind_check`);
    await db.query(`
      ALTER TABLE app_user ADD CONSTRAINT app_user_kind_check
        CHECK (kind = 'PERSON' OR (kind = 'API_CLIENT' AND NOT active AND password_hash = '!'))`);
    await db.query(`
      CREATE TABLE IF NOT EXISTS api_client (
        id uuid PRIMARY KEY REFERENCES app_user (id),
        agency_id uuid NOT NULL REFERENCES agency (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        scopes text[] NOT NULL CHECK (cardinality(scopes) >= 1),
        allowed_cidrs text[] NOT NULL DEFAULT '{}',
        secret_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        rotated_at timestamptz,
        last_used_at timestamptz,
        last_used_ip text,
        rate_window timestamptz,
        rate_count integer NOT NULL DEFAULT 0,
        created_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await db.query(`CREATE INDEX IF NOT EXISTS api_client_agency_idx ON api_client (agency_id, created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS api_client`);
    // The companion users stay (other tables' created_by columns name them), inactive and without a password.
    await db.query(`ALTER TABLE app_user DROP CONSTRAINT IF EXISTS app_user_kind_check`);
    await db.query(`ALTER TABLE app_user DROP COLUMN IF EXISTS kind`);
  }
}
