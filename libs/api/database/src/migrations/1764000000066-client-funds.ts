import type { MigrationInterface, QueryRunner } from 'typeorm';

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

const STATUSES = ['REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED', 'PAID', 'RECONCILED'];
const ENTRY_KINDS = ['DEPOSIT', 'DISBURSEMENT', 'RETURN'];
const DEPOSIT_SOURCES = ['BENEFITS', 'FAMILY', 'WAGES', 'OTHER'];
const PAYMENT_METHODS = ['CHECK', 'CASH', 'CARD', 'TRANSFER'];
const RESOLUTIONS = ['RETURNED', 'EXPLAINED'];
const OWNER_TYPES_BEFORE = ['CLIENT', 'ENROLLMENT', 'CASE_NOTE', 'CONSENT', 'INCIDENT', 'REFERRAL'];
/** A cent to $50,000, as the shared limits say. */
const AMOUNT = (column: string) => `${column} integer NOT NULL CHECK (${column} BETWEEN 1 AND 5000000)`;

/**
 * Client trust funds: a ledger of cents per client (its balance is the ledger's sum) and the
 * requests paid out of it. Nothing is paid twice whatever the API checked first: a request has
 * at most one DISBURSEMENT line and one RETURN line (partial unique indexes), and its status
 * moves by conditional updates on status and version. Whoever asked neither decides on it
 * (unless withdrawing it), pays it nor reconciles it. Receipts are documents attached to the
 * request (a new document owner type), each with the amount it shows. Values are spelled out
 * here, not read from the shared types, so this migration means the same thing whenever it runs.
 */
export class ClientFunds1764000000066 implements MigrationInterface {
  name = 'ClientFunds1764000000066';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE fund_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        ${AMOUNT('amount_cents')},
        purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
        payee text NOT NULL CHECK (length(payee) BETWEEN 1 AND 200),
        needed_by date NOT NULL,
        requested_by uuid NOT NULL REFERENCES app_user (id),
        status text NOT NULL CHECK (status IN (${quoted(STATUSES)})),
        decided_by uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decision_note text,
        paid_by uuid REFERENCES app_user (id),
        paid_at timestamptz,
        reconciled_by uuid REFERENCES app_user (id),
        reconciled_at timestamptz,
        resolution text CHECK (resolution IN (${quoted(RESOLUTIONS)})),
        reconciliation_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        UNIQUE (agency_id, id),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        CHECK (decided_by IS NULL OR decided_by <> requested_by OR status = 'CANCELLED'),
        CHECK (paid_by IS NULL OR paid_by <> requested_by),
        CHECK (reconciled_by IS NULL OR reconciled_by <> requested_by),
        CHECK ((status IN ('PAID', 'RECONCILED')) = (paid_at IS NOT NULL)),
        CHECK ((status = 'RECONCILED') = (reconciled_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX fund_request_client_idx ON fund_request (agency_id, client_id, created_at DESC, id DESC)`);

    await db.query(`
      CREATE TABLE fund_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        client_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN (${quoted(ENTRY_KINDS)})),
        ${AMOUNT('amount_cents')},
        occurred_on date NOT NULL,
        source text CHECK (source IN (${quoted(DEPOSIT_SOURCES)})),
        request_id uuid,
        method text CHECK (method IN (${quoted(PAYMENT_METHODS)})),
        reference text CHECK (length(reference) <= 100),
        note text,
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, client_id) REFERENCES client (agency_id, id),
        FOREIGN KEY (agency_id, request_id) REFERENCES fund_request (agency_id, id),
        CHECK ((kind = 'DEPOSIT') = (request_id IS NULL)),
        CHECK ((kind = 'DEPOSIT') = (source IS NOT NULL)),
        CHECK ((kind = 'DISBURSEMENT') = (method IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX fund_entry_client_idx ON fund_entry (agency_id, client_id, recorded_at DESC, id DESC)`);
    await db.query(`CREATE UNIQUE INDEX fund_entry_one_payment ON fund_entry (request_id) WHERE kind = 'DISBURSEMENT'`);
    await db.query(`CREATE UNIQUE INDEX fund_entry_one_return ON fund_entry (request_id) WHERE kind = 'RETURN'`);

    await db.query(`
      CREATE TABLE fund_receipt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL,
        request_id uuid NOT NULL,
        document_id uuid NOT NULL REFERENCES document (id),
        ${AMOUNT('amount_cents')},
        recorded_by uuid NOT NULL REFERENCES app_user (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (agency_id, request_id) REFERENCES fund_request (agency_id, id),
        UNIQUE (document_id)
      )`);
    await db.query(`CREATE INDEX fund_receipt_request_idx ON fund_receipt (agency_id, request_id, recorded_at)`);

    await db.query(`ALTER TABLE document DROP CONSTRAINT document_owner_type_check`);
    await db.query(`ALTER TABLE document ADD CONSTRAINT document_owner_type_check CHECK (owner_type IN (${quoted([...OWNER_TYPES_BEFORE, 'FUND_REQUEST'])}))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM task WHERE subject_type = 'FUND_REQUEST'`);
    await db.query(`DELETE FROM client_timeline_entry WHERE kind = 'FUND_REQUEST'`);
    await db.query(`DROP TABLE fund_receipt`);
    await db.query(`DROP TABLE fund_entry`);
    await db.query(`DROP TABLE fund_request`);
    await db.query(`UPDATE document SET owner_type = 'CLIENT', owner_id = client_id WHERE owner_type = 'FUND_REQUEST'`);
    await db.query(`ALTER TABLE document DROP CONSTRAINT document_owner_type_check`);
    await db.query(`ALTER TABLE document ADD CONSTRAINT document_owner_type_check CHECK (owner_type IN (${quoted(OWNER_TYPES_BEFORE)}))`);
  }
}
