import type { MigrationInterface, QueryRunner } from 'typeorm';

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

const KINDS = ['DOCTOR', 'DENTIST', 'THERAPIST', 'PSYCHIATRIST', 'COURT', 'SCHOOL', 'BENEFITS_OFFICE', 'JOB_INTERVIEW', 'OTHER'];
const PROVIDERS = ['CASE_MANAGER', 'AGENCY_VAN', 'DIRECTORY_SERVICE', 'FAMILY_OR_CAREGIVER', 'OTHER'];
const STATUSES = ['SCHEDULED', 'KEPT', 'MISSED', 'RESCHEDULED', 'CANCELLED'];
const CANCELLERS = ['CLIENT', 'PROVIDER', 'AGENCY', 'OTHER'];

/**
 * A client's appointments (care-plan context): what, when, where and with whom, the transport
 * there, who must know and whether they were told, and the outcome after the date. A
 * reschedule links the two appointments both ways. Directory services may be another
 * agency's shared ones, so they are referenced by id alone (and named as they were then).
 * The checks are spelled out here, not read from the shared types, so this migration means
 * the same thing whenever it runs.
 */
export class Appointments1764000000057 implements MigrationInterface {
  name = 'Appointments1764000000057';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE appointment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        client_id uuid NOT NULL,
        enrollment_id uuid,
        kind text NOT NULL CHECK (kind IN (${quoted(KINDS)})),
        purpose text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        location text,
        with_whom text,
        service_id uuid REFERENCES service (id) ON DELETE SET NULL,
        service_name text,
        transport_needed boolean NOT NULL DEFAULT false,
        transport_provider text CHECK (transport_provider IN (${quoted(PROVIDERS)})),
        transport_staff_id uuid REFERENCES app_user (id),
        transport_service_id uuid REFERENCES service (id) ON DELETE SET NULL,
        transport_service_name text,
        pickup_at timestamptz,
        transport_notes text,
        parties jsonb NOT NULL DEFAULT '[]',
        responsible_worker_id uuid REFERENCES app_user (id),
        booked_by uuid REFERENCES app_user (id),
        status text NOT NULL CHECK (status IN (${quoted(STATUSES)})),
        outcome_note text,
        outcome_recorded_at timestamptz,
        outcome_recorded_by uuid REFERENCES app_user (id),
        cancelled_by text CHECK (cancelled_by IN (${quoted(CANCELLERS)})),
        follow_up_started boolean NOT NULL DEFAULT false,
        rescheduled_from_id uuid,
        rescheduled_to_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (agency_id, id),
        CHECK (ends_at > starts_at),
        CHECK (transport_needed OR (transport_provider IS NULL AND transport_staff_id IS NULL AND transport_service_id IS NULL AND pickup_at IS NULL)),
        CHECK (NOT transport_needed OR transport_provider IS NOT NULL),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, enrollment_id) REFERENCES enrollment (agency_id, id),
        FOREIGN KEY (agency_id, rescheduled_from_id) REFERENCES appointment (agency_id, id),
        FOREIGN KEY (agency_id, rescheduled_to_id) REFERENCES appointment (agency_id, id)
      )`);
    // A client's calendar, and a worker's: as the one responsible or as the driver.
    await db.query(`CREATE INDEX appointment_client_idx ON appointment (agency_id, client_id, starts_at, id)`);
    await db.query(`CREATE INDEX appointment_worker_idx ON appointment (agency_id, responsible_worker_id, starts_at)`);
    await db.query(`CREATE INDEX appointment_driver_idx ON appointment (agency_id, transport_staff_id, starts_at) WHERE transport_staff_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE subject_type = 'APPOINTMENT'`);
    await db.query(`DELETE FROM client_timeline_entry WHERE source_type = 'Appointment'`);
    await db.query(`DROP TABLE appointment`);
  }
}
