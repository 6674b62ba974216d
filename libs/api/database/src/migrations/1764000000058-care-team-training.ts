import type { MigrationInterface, QueryRunner } from 'typeorm';

const VERSIONED = `
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1`;

/**
 * Care-team training: a session on a client's needs (its topic, what was covered, when, by
 * whom, when to refresh) and the people trained in it. Rows reference the client, the trainee's
 * network contact and each other by (agency_id, id), so the database itself refuses a row
 * that points into another agency. Topics and roles are spelled out here, not read from the
 * shared types, so this migration means the same thing whenever it runs.
 */
export class CareTeamTraining1764000000058 implements MigrationInterface {
  name = 'CareTeamTraining1764000000058';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE care_team_training (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        client_id uuid NOT NULL,
        topic text NOT NULL CHECK (topic IN ('DIET', 'BEHAVIOUR_PLAN', 'MEDICATION_SUPPORT', 'ABUSE_NEGLECT_EXPLOITATION_REPORTING',
          'SEIZURE_PROTOCOL', 'MOBILITY_AND_TRANSFERS', 'COMMUNICATION', 'OTHER')),
        description text NOT NULL,
        trained_on date NOT NULL,
        trainer_id uuid REFERENCES app_user (id),
        trainer_name text,
        refresh_months integer CHECK (refresh_months BETWEEN 1 AND 60),
        refresh_due_on date CHECK (refresh_due_on >= trained_on),
        recorded_by uuid NOT NULL,
        voided_at timestamptz,
        voided_by uuid,
        void_reason text,
        ${VERSIONED},
        UNIQUE (agency_id, id),
        CHECK ((trainer_id IS NULL) <> (trainer_name IS NULL)),
        CHECK ((voided_at IS NULL) = (void_reason IS NULL)),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id)
      )`);
    await db.query(`CREATE INDEX care_team_training_client_idx ON care_team_training (agency_id, client_id, trained_on DESC, id DESC)`);
    await db.query(`
      CREATE TABLE care_team_trainee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        training_id uuid NOT NULL,
        client_id uuid NOT NULL,
        position integer NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('RESIDENTIAL_STAFF', 'DAY_PROGRAM', 'FAMILY', 'GUARDIAN', 'SCHOOL', 'EMPLOYER', 'AGENCY_STAFF', 'OTHER')),
        contact_id uuid,
        person_key text NOT NULL,
        removed_at timestamptz,
        removed_by uuid,
        removal_reason text,
        ${VERSIONED},
        CHECK ((removed_at IS NULL) = (removal_reason IS NULL)),
        FOREIGN KEY (agency_id, training_id) REFERENCES care_team_training (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, contact_id) REFERENCES client_contact (agency_id, id)
      )`);
    await db.query(`CREATE INDEX care_team_trainee_training_idx ON care_team_trainee (agency_id, training_id, position)`);
    // The status matrix and "is this person's training the latest?" look people up per client and key.
    await db.query(`CREATE INDEX care_team_trainee_person_idx ON care_team_trainee (agency_id, client_id, person_key)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE kind = 'TRAINING_REFRESHER'`);
    await db.query(`DELETE FROM client_timeline_entry WHERE source_type = 'CareTeamTraining'`);
    await db.query(`DROP TABLE care_team_trainee`);
    await db.query(`DROP TABLE care_team_training`);
  }
}
