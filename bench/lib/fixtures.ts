import { Client } from 'pg';
import type { Caller } from '../operations/operation';
import { BENCH_AGENCY_SLUG, DEMO_EMAILS, DEMO_PASSWORD } from './demo-logins';
import { graphqlError, postJson } from './http';
import { misspell } from './misspell';

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** A SENT referral to a provider off Waymark, as move-referral consumes it. */
export interface SentReferral {
  id: string;
  version: number;
}

/** What the operations' requests rotate through, read from the database before the runs. */
export interface Fixtures {
  tokens: Record<Caller, string>;
  credentials: { email: string; password: string };
  caseloadClientIds: string[];
  misspelledNames: string[];
  points: GeoPoint[];
  foodCode: string;
  sentReferrals: SentReferral[];
  /** The data the growth table compares. */
  scale: { clients: number; services: number };
}

/** How many distinct names and points the requests rotate through. */
const SAMPLE = 200;

const LOGIN = 'mutation BenchToken($input: LoginInput!) { login(input: $input) { accessToken } }';

/** Signs each caller in once through the API; the baseline takes the same tokens (same secret). */
async function signIn(apiUrl: string): Promise<Record<Caller, string>> {
  const token = async (email: string) => {
    const answer = await postJson(`${apiUrl}/graphql`, { query: LOGIN, variables: { input: { email, password: DEMO_PASSWORD } } });
    const error = graphqlError(answer.body);
    if (answer.status !== 200 || error) throw new Error(`bench: signing in as ${email} failed: ${error ?? answer.body.slice(0, 200)}`);
    return (JSON.parse(answer.body) as { data: { login: { accessToken: string } } }).data.login.accessToken;
  };
  return { caseManager: await token(DEMO_EMAILS.caseManager), supervisor: await token(DEMO_EMAILS.supervisor) };
}

export async function readFixtures(databaseUrl: string, apiUrl: string): Promise<Fixtures> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const column = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
    const [agency] = await column<{ id: string }>('SELECT id FROM agency WHERE slug = $1', [BENCH_AGENCY_SLUG]);
    if (!agency) throw new Error(`bench: no agency "${BENCH_AGENCY_SLUG}" in the database`);
    const a = agency.id;
    const caseload = await column<{ client_id: string }>(
      `SELECT DISTINCT e.client_id FROM enrollment e JOIN app_user u ON u.id = e.primary_case_manager_id
       WHERE e.agency_id = $1 AND e.closed_on IS NULL AND u.email = $2 ORDER BY e.client_id`,
      [a, DEMO_EMAILS.caseManager],
    );
    // A case manager looks up the clients they work with: names from their own caseload, so
    // searches find someone (a name from elsewhere in the agency finds nobody they may open).
    const names = await column<{ name: string }>(
      `SELECT c.legal_first_name || ' ' || c.legal_last_name AS name FROM client c
       WHERE c.agency_id = $1 AND c.merged_into_id IS NULL AND c.id = ANY($2::uuid[]) ORDER BY md5(c.id::text) LIMIT ${SAMPLE}`,
      [a, caseload.map((row) => row.client_id)],
    );
    const points = await column<GeoPoint>(
      `SELECT latitude, longitude FROM location WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY md5(id::text) LIMIT ${SAMPLE}`,
    );
    const [food] = await column<{ code: string }>(
      `SELECT code FROM taxonomy_term WHERE agency_id IS NULL AND (code = 'food' OR name ILIKE 'food') ORDER BY cardinality(path) LIMIT 1`,
    );
    const referrals = await column<SentReferral>(
      `SELECT r.id, r.version FROM referral r JOIN client c ON c.agency_id = r.agency_id AND c.id = r.client_id
       WHERE r.agency_id = $1 AND r.status = 'SENT' AND r.receiver_agency_id IS NULL AND c.merged_into_id IS NULL ORDER BY r.id`,
      [a],
    );
    const [counts] = await column<{ clients: string; services: string }>(
      'SELECT (SELECT count(*) FROM client WHERE agency_id = $1) AS clients, (SELECT count(*) FROM service) AS services',
      [a],
    );
    if (!caseload.length) throw new Error(`bench: ${DEMO_EMAILS.caseManager} has no open caseload in this database`);
    if (!food) throw new Error('bench: the directory has no "food" category');
    return {
      tokens: await signIn(apiUrl),
      credentials: { email: DEMO_EMAILS.caseManager, password: DEMO_PASSWORD },
      caseloadClientIds: caseload.map((row) => row.client_id),
      misspelledNames: names.map((row) => misspell(row.name)),
      points,
      foodCode: food.code,
      sentReferrals: referrals,
      scale: { clients: Number(counts.clients), services: Number(counts.services) },
    };
  } finally {
    await db.end();
  }
}
