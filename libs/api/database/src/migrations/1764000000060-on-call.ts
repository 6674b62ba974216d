import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1`;

/**
 * On call: the agency's roster of shifts and its log of after-hours calls.
 *
 * Two shifts of the same tier never overlap: an exclusion constraint says so, so two
 * supervisors saving clashing shifts at once leave one, whatever the API checked before.
 * It needs btree_gist (equality on agency and tier inside a GiST index), which PostgreSQL
 * ships in contrib and PGlite as an extension the embedded database loads. Its index leads
 * with agency_id and also serves "who is on call at this time" and the roster's range reads.
 */
export class OnCall1764000000060 implements MigrationInterface {
  name = 'OnCall1764000000060';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await db.query(`
      CREATE TABLE on_call_shift (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        user_id uuid NOT NULL REFERENCES app_user (id),
        tier text NOT NULL CHECK (tier IN ('PRIMARY', 'BACKUP')),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        phone text,
        created_by uuid NOT NULL REFERENCES app_user (id),
        ${VERSIONED},
        CONSTRAINT on_call_shift_times CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '14 days'),
        CONSTRAINT on_call_shift_no_overlap EXCLUDE USING gist (agency_id WITH =, tier WITH =, tstzrange(starts_at, ends_at) WITH &&)
      )`);
    await db.query(`CREATE INDEX on_call_shift_user_idx ON on_call_shift (agency_id, user_id, starts_at)`);

    await db.query(`
      CREATE TABLE emergency_call (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        received_at timestamptz NOT NULL,
        caller_name text NOT NULL,
        caller_relation text NOT NULL CHECK (caller_relation IN ('CLIENT', 'FAMILY', 'GUARDIAN', 'CAREGIVER', 'RESIDENTIAL_STAFF', 'PROVIDER', 'HOSPITAL', 'LAW_ENFORCEMENT', 'NEIGHBOR', 'OTHER')),
        caller_phone text,
        client_id uuid,
        what_happened text NOT NULL,
        action_taken text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('LOW', 'MODERATE', 'HIGH')),
        taken_by uuid NOT NULL REFERENCES app_user (id),
        follow_up_needed boolean NOT NULL,
        follow_up_due_on date,
        follow_up_assignee_id uuid REFERENCES app_user (id),
        follow_up_note text,
        followed_up_by uuid REFERENCES app_user (id),
        followed_up_at timestamptz,
        ${VERSIONED},
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        CONSTRAINT emergency_call_follow_up_client CHECK (NOT follow_up_needed OR client_id IS NOT NULL),
        CONSTRAINT emergency_call_followed_up CHECK (followed_up_at IS NULL OR (follow_up_needed AND follow_up_note IS NOT NULL AND followed_up_by IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX emergency_call_received_idx ON emergency_call (agency_id, received_at DESC, id DESC)`);
    await db.query(`CREATE INDEX emergency_call_client_idx ON emergency_call (agency_id, client_id, received_at DESC) WHERE client_id IS NOT NULL`);
    await db.query(`CREATE INDEX emergency_call_open_idx ON emergency_call (agency_id, received_at DESC) WHERE follow_up_needed AND followed_up_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE subject_type = 'EMERGENCY_CALL'`);
    await db.query(`DELETE FROM client_timeline_entry WHERE source_type = 'EmergencyCall'`);
    await db.query(`DROP TABLE emergency_call`);
    await db.query(`DROP TABLE on_call_shift`);
    // btree_gist stays: other tables may have come to use it, and it holds no data.
  }
}
