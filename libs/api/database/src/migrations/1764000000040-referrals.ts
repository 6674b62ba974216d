import type { MigrationInterface, QueryRunner } from 'typeorm';

const oneOf = (...values: string[]) => values.map((value) => `'${value}'`).join(', ');

const STATUSES = oneOf('DRAFT', 'SENT', 'RECEIVED', 'ACCEPTED', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELLED', 'NO_SHOW', 'EXPIRED');

const TASK_KINDS = oneOf(
  'MANUAL', 'ASSESSMENT_DUE', 'PLAN_DUE', 'IMPLEMENTATION_PLAN_DUE', 'PLAN_REVIEW', 'PLAN_APPROVAL', 'VISIT', 'QUARTERLY_MONITORING', 'FOLLOW_UP',
);

/**
 * Closed-loop referrals. A referral belongs to the agency that sent it (`agency_id`) and
 * hangs from that agency's client and enrollment. When the service it goes to is run by an
 * agency on Waymark, `receiver_agency_id` names that agency: the one row another agency may
 * read and move (DESIGN.md's single exception to tenancy), and only through the referral
 * context's receiver queries. Every step is appended to `referral_step`, kept by the sender's
 * agency with the acting side and agency, so both agencies read the same history.
 */
export class Referrals1764000000040 implements MigrationInterface {
  name = 'Referrals1764000000040';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        client_id uuid NOT NULL,
        enrollment_id uuid,
        service_id uuid REFERENCES service (id) ON DELETE SET NULL,
        -- What the service was called when referred to, so the history reads the same after the directory changes.
        service_name text,
        organization_name text,
        provider_name text,
        provider_phone text,
        provider_email text,
        provider_address text,
        receiver_agency_id uuid REFERENCES agency (id),
        consent_id uuid REFERENCES consent (id),
        reason text NOT NULL,
        needs text[] NOT NULL DEFAULT '{}',
        urgency text NOT NULL DEFAULT 'ROUTINE' CHECK (urgency IN (${oneOf('ROUTINE', 'URGENT', 'EMERGENCY')})),
        note_for_receiver text,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (${STATUSES})),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        answered_at timestamptz,
        appointment_at timestamptz,
        appointment_location text,
        decline_reason text CHECK (decline_reason IN (${oneOf('NOT_ELIGIBLE', 'NO_CAPACITY', 'SERVICE_NOT_OFFERED', 'CLIENT_UNREACHABLE', 'CLIENT_DECLINED', 'DUPLICATE', 'OTHER')})),
        outcome text CHECK (outcome IN (${oneOf('NEED_MET', 'PARTLY_MET', 'NOT_MET')})),
        outcome_note text,
        closed_at timestamptz,
        created_by uuid REFERENCES app_user (id),
        sent_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (agency_id, id),
        CHECK (receiver_agency_id IS DISTINCT FROM agency_id),
        -- A referral names whom it goes to: a directory service (named as it was then) or a provider typed in by hand.
        CHECK (service_name IS NOT NULL OR provider_name IS NOT NULL),
        CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
        CHECK (status <> 'COMPLETED' OR outcome IS NOT NULL),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX referral_client_idx ON referral (agency_id, client_id, created_at DESC)`);
    await db.query(`CREATE INDEX referral_sent_board_idx ON referral (agency_id, status, status_changed_at DESC, id)`);
    await db.query(`CREATE INDEX referral_enrollment_idx ON referral (agency_id, enrollment_id) WHERE enrollment_id IS NOT NULL`);
    await db.query(`CREATE INDEX referral_inbox_idx ON referral (receiver_agency_id, status, status_changed_at DESC, id) WHERE receiver_agency_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE referral_step (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        referral_id uuid NOT NULL,
        from_status text CHECK (from_status IN (${STATUSES})),
        to_status text NOT NULL CHECK (to_status IN (${STATUSES})),
        side text NOT NULL CHECK (side IN (${oneOf('SENDER', 'RECEIVER', 'SYSTEM')})),
        actor_id uuid REFERENCES app_user (id),
        actor_agency_id uuid REFERENCES agency (id),
        note text,
        appointment_at timestamptz,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, referral_id) REFERENCES referral (agency_id, id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX referral_step_referral_idx ON referral_step (agency_id, referral_id, occurred_at, id)`);

    await db.query(`ALTER TABLE task DROP CONSTRAINT task_kind_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN (${TASK_KINDS}, 'REFERRAL_NO_ANSWER', 'REFERRAL_APPOINTMENT_FOLLOW_UP'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE kind IN ('REFERRAL_NO_ANSWER', 'REFERRAL_APPOINTMENT_FOLLOW_UP')`);
    await db.query(`ALTER TABLE task DROP CONSTRAINT task_kind_check`);
    await db.query(`ALTER TABLE task ADD CONSTRAINT task_kind_check CHECK (kind IN (${TASK_KINDS}))`);
    await db.query(`DROP TABLE referral_step`);
    await db.query(`DROP TABLE referral`);
  }
}
