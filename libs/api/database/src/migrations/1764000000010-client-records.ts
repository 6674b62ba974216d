import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1`;

/**
 * The client context: the person, their network, consents, programs and enrollments, notes,
 * incidents and the timeline. Child rows reference the client by (agency_id, client_id), so
 * the database itself refuses a row that points at another agency's client.
 */
export class ClientRecords1764000000010 implements MigrationInterface {
  name = 'ClientRecords1764000000010';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE (its dictionary could change), so a generated column cannot call it;
    // naming the dictionary pins it, and this wrapper says so. Searches call it too, so "Perez" finds "Pérez".
    await db.query(`
      CREATE FUNCTION waymark_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await db.query(`
      CREATE TABLE client_settings (
        agency_id uuid PRIMARY KEY REFERENCES agency (id),
        case_managers_open_any_client boolean NOT NULL DEFAULT false,
        late_entry_days integer NOT NULL DEFAULT 3 CHECK (late_entry_days BETWEEN 0 AND 365),
        ${VERSIONED}
      )`);
    await db.query(`
      CREATE TABLE client_number_counter (
        agency_id uuid PRIMARY KEY REFERENCES agency (id),
        last_value integer NOT NULL DEFAULT 0
      )`);
    await db.query(`
      CREATE TABLE client (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        client_number text NOT NULL,
        status text NOT NULL CHECK (status IN ('INQUIRY', 'INTAKE', 'ACTIVE', 'ON_HOLD', 'DISCHARGED', 'CLOSED')),
        legal_first_name text NOT NULL,
        legal_last_name text NOT NULL,
        preferred_name text,
        date_of_birth date,
        pronouns text,
        gender text,
        primary_language text,
        interpreter_needed boolean NOT NULL DEFAULT false,
        phone text,
        email text,
        address_line1 text,
        address_line2 text,
        city text,
        region text,
        postal_code text,
        latitude double precision,
        longitude double precision,
        risk_level text NOT NULL DEFAULT 'LOW' CHECK (risk_level IN ('LOW', 'MODERATE', 'HIGH')),
        flags text[] NOT NULL DEFAULT '{}',
        referral_source text,
        referral_reason text,
        presenting_needs text,
        merged_into_id uuid,
        created_by uuid REFERENCES app_user (id),
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (agency_id, client_number),
        FOREIGN KEY (agency_id, merged_into_id) REFERENCES client (agency_id, id)
      )`);
    // Both orders of the name, so "Garcia Maria" finds Maria Garcia; lower-cased and without accents.
    await db.query(`
      ALTER TABLE client ADD COLUMN search_name text GENERATED ALWAYS AS (
        lower(waymark_unaccent(legal_first_name || ' ' || legal_last_name || ' ' || legal_first_name || coalesce(' ' || preferred_name, '')))
      ) STORED`);
    await db.query(`ALTER TABLE client ADD COLUMN phone_digits text GENERATED ALWAYS AS (regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')) STORED`);
    await db.query(`CREATE INDEX client_search_name_trgm_idx ON client USING gin (search_name gin_trgm_ops)`);
    await db.query(`CREATE INDEX client_agency_name_idx ON client (agency_id, legal_last_name, legal_first_name, id)`);
    await db.query(`CREATE INDEX client_agency_dob_idx ON client (agency_id, date_of_birth)`);
    await db.query(`CREATE INDEX client_agency_phone_idx ON client (agency_id, phone_digits)`);
    await db.query(`CREATE INDEX client_agency_status_idx ON client (agency_id, status)`);

    await db.query(`
      CREATE TABLE client_identifier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        kind text NOT NULL,
        value_encrypted text NOT NULL,
        last4 text NOT NULL,
        ${VERSIONED},
        UNIQUE (agency_id, client_id, kind),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);

    await db.query(`
      CREATE TABLE client_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        from_status text,
        to_status text NOT NULL,
        reason text,
        changed_by uuid REFERENCES app_user (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX client_status_change_client_idx ON client_status_change (agency_id, client_id, changed_at DESC)`);

    // Opening a client outside one's caseload, with the reason given; reads check it until it lapses.
    await db.query(`
      CREATE TABLE client_access_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id),
        reason text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX client_access_grant_lookup_idx ON client_access_grant (agency_id, user_id, client_id, expires_at DESC)`);

    await db.query(`
      CREATE TABLE client_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        kind text NOT NULL,
        relationship text NOT NULL,
        name text NOT NULL,
        organization text,
        phone text,
        email text,
        address text,
        emergency_contact boolean NOT NULL DEFAULT false,
        legal_decision_maker boolean NOT NULL DEFAULT false,
        may_share_information boolean NOT NULL DEFAULT false,
        notes text,
        archived_at timestamptz,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX client_contact_client_idx ON client_contact (agency_id, client_id)`);

    await db.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        categories text[] NOT NULL,
        recipient_kind text NOT NULL,
        recipient_contact_id uuid,
        recipient_agency_id uuid REFERENCES agency (id),
        recipient_name text NOT NULL,
        purpose text NOT NULL,
        effective_from date NOT NULL,
        effective_until date,
        signature_method text NOT NULL CHECK (signature_method IN ('WRITTEN', 'ELECTRONIC', 'VERBAL')),
        signed_on date NOT NULL,
        document_reference text,
        revoked_at timestamptz,
        revoked_reason text,
        revoked_by uuid REFERENCES app_user (id),
        created_by uuid REFERENCES app_user (id),
        ${VERSIONED},
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, recipient_contact_id) REFERENCES client_contact (agency_id, id),
        CHECK (effective_until IS NULL OR effective_until >= effective_from),
        CHECK (recipient_kind IN ('PERSON', 'ORGANIZATION', 'AGENCY')),
        CHECK ((recipient_kind = 'AGENCY') = (recipient_agency_id IS NOT NULL)),
        CHECK (recipient_kind = 'PERSON' OR recipient_contact_id IS NULL),
        CHECK ((revoked_at IS NULL) = (revoked_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX consent_client_idx ON consent (agency_id, client_id)`);
    await db.query(`CREATE INDEX consent_recipient_agency_idx ON consent (recipient_agency_id, client_id) WHERE recipient_agency_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE program (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        code text NOT NULL,
        name text NOT NULL,
        description text,
        rules jsonb NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        UNIQUE (agency_id, code)
      )`);

    await db.query(`
      CREATE TABLE eligibility_screen (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        program_id uuid NOT NULL,
        answers jsonb NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('ELIGIBLE', 'INELIGIBLE', 'NEEDS_REVIEW')),
        reasons text[] NOT NULL DEFAULT '{}',
        screened_by uuid REFERENCES app_user (id),
        screened_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, program_id) REFERENCES program (agency_id, id)
      )`);
    await db.query(`CREATE INDEX eligibility_screen_client_idx ON eligibility_screen (agency_id, client_id, screened_at DESC)`);

    await db.query(`
      CREATE TABLE enrollment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        program_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'ON_HOLD', 'CLOSED')),
        opened_on date NOT NULL,
        open_reason text,
        closed_on date,
        close_reason text,
        primary_case_manager_id uuid REFERENCES app_user (id),
        ${VERSIONED},
        UNIQUE (agency_id, id),
        -- Closed exactly when it has a close date, never before it opened.
        CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
        CHECK (closed_on IS NULL OR closed_on >= opened_on),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, program_id) REFERENCES program (agency_id, id)
      )`);
    await db.query(`CREATE INDEX enrollment_client_idx ON enrollment (agency_id, client_id)`);
    await db.query(`CREATE INDEX enrollment_case_manager_idx ON enrollment (agency_id, primary_case_manager_id) WHERE closed_on IS NULL`);
    // One open enrollment per client and program.
    await db.query(`CREATE UNIQUE INDEX enrollment_open_key ON enrollment (agency_id, client_id, program_id) WHERE closed_on IS NULL`);

    await db.query(`
      CREATE TABLE enrollment_team_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        enrollment_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES app_user (id),
        team_role text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (enrollment_id, user_id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX enrollment_team_member_user_idx ON enrollment_team_member (agency_id, user_id)`);

    await db.query(`
      CREATE TABLE case_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        enrollment_id uuid NOT NULL,
        case_manager_id uuid NOT NULL REFERENCES app_user (id),
        assigned_by uuid REFERENCES app_user (id),
        reason text,
        started_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX case_assignment_enrollment_idx ON case_assignment (agency_id, enrollment_id, started_at DESC)`);
    // An enrollment has one current primary case manager; ended rows are its history.
    await db.query(`CREATE UNIQUE INDEX case_assignment_current_key ON case_assignment (enrollment_id) WHERE ended_at IS NULL`);

    await db.query(`
      CREATE TABLE case_note (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        enrollment_id uuid,
        author_id uuid NOT NULL REFERENCES app_user (id),
        note_type text NOT NULL CHECK (note_type IN ('HOME_VISIT', 'PHONE_CALL', 'OFFICE_VISIT', 'COLLATERAL_CONTACT', 'CRISIS_INTERVENTION', 'TRANSPORT', 'SCHOOL_VOCATIONAL_VISIT', 'OTHER')),
        occurred_at timestamptz NOT NULL,
        duration_minutes integer CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 0 AND 1440),
        place text,
        participants text,
        narrative text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('DRAFT', 'SIGNED')),
        signed_at timestamptz,
        late_entry boolean NOT NULL DEFAULT false,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id)
      )`);
    await db.query(`CREATE INDEX case_note_client_time_idx ON case_note (agency_id, client_id, occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX case_note_author_idx ON case_note (agency_id, author_id, status)`);

    await db.query(`
      CREATE TABLE case_note_addendum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        note_id uuid NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user (id),
        text text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, note_id) REFERENCES case_note (agency_id, id)
      )`);
    await db.query(`CREATE INDEX case_note_addendum_note_idx ON case_note_addendum (agency_id, note_id, created_at)`);

    await db.query(`
      CREATE TABLE incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        incident_type text NOT NULL,
        severity text NOT NULL CHECK (severity IN ('LOW', 'MODERATE', 'HIGH', 'CRITICAL')),
        occurred_at timestamptz NOT NULL,
        location text,
        description text NOT NULL,
        actions_taken text,
        notifications jsonb NOT NULL DEFAULT '[]',
        follow_up_due date,
        status text NOT NULL CHECK (status IN ('REPORTED', 'REVIEWED')),
        reported_by uuid NOT NULL REFERENCES app_user (id),
        reviewed_by uuid REFERENCES app_user (id),
        reviewed_at timestamptz,
        review_note text,
        ${VERSIONED},
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX incident_client_idx ON incident (agency_id, client_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX incident_open_idx ON incident (agency_id, status)`);

    // One story per client: every context appends here (through the client context's service).
    await db.query(`
      CREATE TABLE client_timeline_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        kind text NOT NULL,
        source_type text NOT NULL,
        source_id uuid NOT NULL,
        summary text NOT NULL,
        actor_id uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX client_timeline_entry_client_idx ON client_timeline_entry (agency_id, client_id, occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX client_timeline_entry_source_idx ON client_timeline_entry (agency_id, source_type, source_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'client_timeline_entry',
      'incident',
      'case_note_addendum',
      'case_note',
      'case_assignment',
      'enrollment_team_member',
      'enrollment',
      'eligibility_screen',
      'program',
      'consent',
      'client_contact',
      'client_access_grant',
      'client_status_change',
      'client_identifier',
      'client',
      'client_number_counter',
      'client_settings',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION waymark_unaccent(text)`);
  }
}
