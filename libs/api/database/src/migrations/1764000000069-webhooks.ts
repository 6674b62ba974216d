import type { MigrationInterface, QueryRunner } from 'typeorm';

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

const EVENT_TYPES = ['referral.status_changed', 'enrollment.opened', 'client.discharged', 'task.overdue', 'care_plan.approved'];
const DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'];
const PAUSE_REASONS = ['BY_ADMIN', 'FAILING'];

/**
 * Webhooks: an agency's subscriptions (the signing secret sealed with AES-256-GCM, since it
 * must be usable to sign), the events written as an outbox in the transaction of the change
 * that raised them (the body kept byte for byte, so a replay sends the same bytes), one
 * delivery per event and subscription with its retry schedule, and each attempt's outcome.
 * Creation times are kept to the millisecond, as a page cursor carries them. Values are spelled out here, not read from the shared types, so this migration means the
 * same thing whenever it runs.
 */
export class Webhooks1764000000069 implements MigrationInterface {
  name = 'Webhooks1764000000069';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_subscription (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agency (id),
        url text NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
        description text CHECK (length(description) <= 500),
        event_types text[] NOT NULL CHECK (cardinality(event_types) > 0 AND event_types <@ ARRAY[${quoted(EVENT_TYPES)}]::text[]),
        active boolean NOT NULL DEFAULT true,
        paused_reason text CHECK (paused_reason IN (${quoted(PAUSE_REASONS)})),
        secret_sealed text NOT NULL,
        failures_in_row integer NOT NULL DEFAULT 0,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (agency_id, id),
        CHECK (active = (paused_reason IS NULL))
      )`);
    await db.query(`CREATE INDEX webhook_subscription_agency_idx ON webhook_subscription (agency_id, created_at, id)`);

    await db.query(`
      CREATE TABLE webhook_event (
        id uuid PRIMARY KEY,
        agency_id uuid NOT NULL REFERENCES agency (id),
        event_type text NOT NULL CHECK (event_type IN (${quoted(EVENT_TYPES)})),
        occurred_at timestamptz NOT NULL,
        body text NOT NULL,
        UNIQUE (agency_id, id)
      )`);

    await db.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        subscription_id uuid NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        status text NOT NULL CHECK (status IN (${quoted(DELIVERY_STATUSES)})),
        attempt_count integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        lease_until timestamptz,
        delivered_at timestamptz,
        last_status_code integer,
        replay_of uuid REFERENCES webhook_delivery (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (agency_id, subscription_id) REFERENCES webhook_subscription (agency_id, id) ON DELETE CASCADE,
        FOREIGN KEY (agency_id, event_id) REFERENCES webhook_event (agency_id, id),
        CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
        CHECK ((status = 'DELIVERED') = (delivered_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (agency_id, created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`);

    await db.query(`
      CREATE TABLE webhook_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        delivery_id uuid NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL,
        status_code integer,
        duration_ms integer NOT NULL,
        error text CHECK (length(error) <= 200),
        response_excerpt text CHECK (length(response_excerpt) <= 200)
      )`);
    await db.query(`CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, attempted_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS webhook_attempt`);
    await db.query(`DROP TABLE IF EXISTS webhook_delivery`);
    await db.query(`DROP TABLE IF EXISTS webhook_event`);
    await db.query(`DROP TABLE IF EXISTS webhook_subscription`);
  }
}
