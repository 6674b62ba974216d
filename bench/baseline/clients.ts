import type { Queryable } from './statements';

/** Every column of client, as TypeORM selects a ClientEntity. */
export const CLIENT_COLUMNS = (alias: string) =>
  [
    'id', 'created_at', 'updated_at', 'version', 'agency_id', 'client_number', 'status', 'legal_first_name', 'legal_last_name',
    'preferred_name', 'date_of_birth', 'pronouns', 'gender', 'primary_language', 'interpreter_needed', 'phone', 'email',
    'address_line1', 'address_line2', 'city', 'region', 'postal_code', 'latitude', 'longitude', 'risk_level', 'flags',
    'referral_source', 'referral_reason', 'presenting_needs', 'merged_into_id', 'created_by',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');

export interface ClientRow {
  id: string;
  version: number;
  client_number: string;
  status: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  pronouns: string | null;
  primary_language: string | null;
  interpreter_needed: boolean;
  phone: string | null;
  email: string | null;
  risk_level: string;
  flags: string[];
  merged_into_id: string | null;
}

/** As ClientModel.from names a client. */
export function displayName(client: Pick<ClientRow, 'preferred_name' | 'legal_first_name' | 'legal_last_name'>): string {
  return `${client.preferred_name ?? client.legal_first_name} ${client.legal_last_name}`;
}

/**
 * A case manager's caseload (ClientAccess's CASELOAD_SQL, libs/api/client/src/lib/access/client-access.service.ts),
 * the user's id in parameter `user`; `awaitingDischarge` keeps a closed program's client until discharge (access, not "My caseload").
 */
export const CASELOAD_SQL = (alias: string, user: string, awaitingDischarge = true) => `(
  EXISTS (
    SELECT 1 FROM enrollment e
    WHERE e.agency_id = ${alias}.agency_id AND e.client_id = ${alias}.id
      AND (e.closed_on IS NULL${
        awaitingDischarge
          ? ` OR (${alias}.status IN ('ACTIVE', 'ON_HOLD') AND NOT EXISTS (
        SELECT 1 FROM enrollment open WHERE open.agency_id = e.agency_id AND open.client_id = e.client_id AND open.closed_on IS NULL))
        OR (${alias}.status = 'DISCHARGED' AND e.closed_on + 30 + (
          SELECT max(day::int) FROM program p, jsonb_array_elements_text(coalesce(p.rules -> 'followUpDays', '[]')) day
          WHERE p.agency_id = e.agency_id AND p.id = e.program_id) >= current_date)`
          : ''
      })
      AND (e.primary_case_manager_id = ${user}
        OR EXISTS (SELECT 1 FROM enrollment_team_member t WHERE t.enrollment_id = e.id AND t.user_id = ${user})))
  OR (${alias}.created_by = ${user} AND ${alias}.status IN ('INQUIRY', 'INTAKE'))
)`;

/** ClientSettingsService.current: whether the agency lets case managers open any client (once per request). */
export async function caseManagersOpenAnyClient(db: Queryable, agencyId: string): Promise<boolean> {
  const [settings] = await db.query<{ case_managers_open_any_client: boolean }>(
    'SELECT agency_id, case_managers_open_any_client, late_entry_days, created_at, updated_at, version FROM client_settings WHERE agency_id = $1 LIMIT 1',
    [agencyId],
  );
  return settings?.case_managers_open_any_client ?? false;
}

/**
 * CASELOAD_SQL for a list (ClientAccess's CASELOAD_LIST_SQL): the same rule, drawn from the user's
 * candidate clients as an uncorrelated set; the agency in parameter `agency`.
 */
export const CASELOAD_LIST_SQL = (alias: string, user: string, agency: string, awaitingDischarge = true) => `(${alias}.id IN (
  SELECT e.client_id FROM enrollment e WHERE e.agency_id = ${agency} AND e.primary_case_manager_id = ${user}
  UNION ALL
  SELECT e.client_id FROM enrollment_team_member t JOIN enrollment e ON e.agency_id = t.agency_id AND e.id = t.enrollment_id
  WHERE t.agency_id = ${agency} AND t.user_id = ${user}
  UNION ALL
  SELECT own.id FROM client own WHERE own.agency_id = ${agency} AND own.created_by = ${user} AND own.status IN ('INQUIRY', 'INTAKE')
) AND ${CASELOAD_SQL(alias, user, awaitingDischarge)})`;

/** A live grant to open a client outside the caseload (ClientAccess's GRANTED_SQL), the user in parameter `user`. */
export const GRANTED_SQL = (alias: string, user: string) => `EXISTS (
  SELECT 1 FROM client_access_grant g
  WHERE g.agency_id = ${alias}.agency_id AND g.client_id = ${alias}.id AND g.user_id = ${user} AND g.expires_at > now()
)`;

/** What ClientAccess.mayOpen asks of a client aliased `alias` for a case manager. */
export const OPENABLE_SQL = (alias: string, user: string, openAny: boolean) =>
  openAny ? `(${CASELOAD_SQL(alias, user)} OR ${GRANTED_SQL(alias, user)})` : CASELOAD_SQL(alias, user);

/**
 * Client.primaryCaseManager's first step (the enrollment loader): the client's enrollments, newest
 * first; the case manager of the most recent open one that has one.
 */
export async function primaryCaseManagerId(db: Queryable, agencyId: string, clientId: string): Promise<string | null> {
  const enrollments = await db.query<{ closed_on: string | null; primary_case_manager_id: string | null }>(
    `SELECT id, created_at, updated_at, version, agency_id, client_id, program_id, status, opened_on, open_reason, closed_on, close_reason, primary_case_manager_id
       FROM enrollment WHERE client_id = $1 AND agency_id = $2 ORDER BY opened_on DESC, created_at DESC`,
    [clientId, agencyId],
  );
  return enrollments.find((enrollment) => !enrollment.closed_on && enrollment.primary_case_manager_id)?.primary_case_manager_id ?? null;
}

/** The staff loader: users by id, as { id, displayName }, in one query. */
export async function staffMembers(db: Queryable, agencyId: string, ids: string[]): Promise<Map<string, { id: string; displayName: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.query<{ id: string; display_name: string }>('SELECT id, display_name, role, active, agency_id FROM app_user WHERE id = ANY($1::uuid[]) AND agency_id = $2', [
    [...new Set(ids)],
    agencyId,
  ]);
  return new Map(rows.map((user) => [user.id, { id: user.id, displayName: user.display_name }]));
}

/** The fields a list or a record's header names a client by, in the documents' order. */
export function clientSummary(client: ClientRow) {
  return {
    id: client.id,
    clientNumber: client.client_number,
    displayName: displayName(client),
    dateOfBirth: client.date_of_birth,
    status: client.status,
    riskLevel: client.risk_level,
  };
}
