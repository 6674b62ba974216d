import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { migrate } from '@waymark/api/database';
import { Client } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries -- the spec checks the bench's own operations, fixtures and baseline, not copies of them */
import { buildServers } from '../../../bench/lib/child-process';
import { type Fixtures, readFixtures, type SentReferral } from '../../../bench/lib/fixtures';
import { statementsOf } from '../../../bench/lib/http';
import { Pinning } from '../../../bench/lib/pinning';
import { buildRequest, type Side, slicePool } from '../../../bench/lib/requests';
import { BENCH_JWT_SECRET, type Server, startBaseline } from '../../../bench/lib/servers';
import { OPERATIONS } from '../../../bench/operations';
import type { Operation } from '../../../bench/operations/operation';
/* eslint-enable @nx/enforce-module-boundaries */
import { seedDemo } from '../src/seed/seed-demo';
import { startTestApp, type TestApp } from './support/test-app';

/** What one side answered: its GraphQL-shaped `data` (or errors) and its statement count. */
interface Answer {
  data: Record<string, any> | null;
  errors: unknown;
  statements: number | null;
}

const operation = (id: string): Operation => {
  const found = OPERATIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`bench has no operation ${id}`);
  return found;
};

const READS = ['client-read', 'client-search', 'client-profile', 'dashboard', 'directory-search', 'caseload-report'].map(operation);

/**
 * Runs only on PostgreSQL, in a database of its own seeded with the demo agencies: the bench's
 * baseline (bench/baseline) must do the API's work for each benchmarked operation — the same
 * answer and the same number of SQL statements — or the bench compares unlike things. The API
 * runs in this process; the baseline as the bench runs it, in a child process on the same data.
 */
describe('the bench baseline does the API’s work', () => {
  const database = `parity_${randomUUID().slice(0, 8)}`;
  const databaseUrl = Object.assign(new URL(process.env.DATABASE_URL as string), { pathname: `/${database}` }).toString();
  let t: TestApp;
  let apiOrigin: string;
  let baseline: Server;
  let fixtures: Fixtures;

  const onServer = async (sql: string) => {
    const server = new Client({ connectionString: process.env.DATABASE_URL });
    await server.connect();
    try {
      await server.query(sql);
    } finally {
      await server.end();
    }
  };

  /** Request `i` of the operation at `page`, as the bench sends it to that side. */
  const send = async (side: Side, op: Operation, i: number, page = 0, from = fixtures): Promise<Answer> => {
    const request = buildRequest(side, op, from, i, page);
    const origin = side === 'api' ? apiOrigin : baseline.origin;
    const response = await fetch(origin + request.path, { method: 'POST', headers: request.headers, body: request.body });
    const body = (await response.json()) as { data?: Answer['data']; errors?: unknown };
    return { data: body.data ?? null, errors: body.errors ?? null, statements: statementsOf(response.headers.get('x-sql-statements')) };
  };

  /** Both sides' answers to request `i`, failing with the operation's name and both values when they differ. */
  const expectSame = (op: Operation, what: string, api: unknown, base: unknown) => {
    if (JSON.stringify(api) === JSON.stringify(base)) return;
    throw new Error(`${op.id}: ${what} differ\n  API:      ${JSON.stringify(api)}\n  baseline: ${JSON.stringify(base)}`);
  };

  const expectAnswered = (op: Operation, side: Side, answer: Answer) => {
    if (answer.errors || !answer.data) throw new Error(`${op.id}: the ${side} answered errors: ${JSON.stringify(answer.errors)}`);
    if (answer.statements == null) throw new Error(`${op.id}: the ${side} sent no X-Sql-Statements`);
  };

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => t.db.query(sql, params);

  /**
   * Sends request `i` as the bench does and reads the audit rows it added, and from when
   * (nothing else writes to this database: jobs are off, requests go one at a time).
   */
  const exchange = async (side: Side, op: Operation, i: number, page = 0, from = fixtures) => {
    const [{ last, since }] = await query<{ last: string; since: string }>(`SELECT coalesce(max(id), 0)::text AS last, clock_timestamp()::text AS since FROM audit_event`);
    const answer = await send(side, op, i, page, from);
    expectAnswered(op, side, answer);
    const audit = await query<{ action: string; entity_type: string; entity_id: string }>(
      `SELECT action, entity_type, entity_id FROM audit_event WHERE id > $1 ORDER BY action, entity_type, entity_id`,
      [last],
    );
    return { answer, audit, since };
  };

  /** The kinds of audit rows a write added: its entities are its own on each side. */
  const auditKinds = (audit: { action: string; entity_type: string }[]) => audit.map(({ action, entity_type }) => ({ action, entity_type }));

  /** Switches the agency's access rule through the API, as its admin would. */
  const openAnyClient = async (open: boolean) => {
    const admin = await t.gql<{ login: { accessToken: string } }>(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: 'admin@riverside.example', password: fixtures.credentials.password },
    });
    const token = admin.data?.login.accessToken;
    const current = await t.gql<{ clientSettings: { version: number } }>(`{ clientSettings { version } }`, {}, { token });
    const changed = await t.gql(
      `mutation ($input: UpdateClientSettingsInput!) { updateClientSettings(input: $input) { caseManagersOpenAnyClient } }`,
      { input: { caseManagersOpenAnyClient: open, version: current.data?.clientSettings.version } },
      { token },
    );
    expect(changed.data).toEqual({ updateClientSettings: { caseManagersOpenAnyClient: open } });
  };

  /** The requests compared: the first two, and for a search the first that finds someone (most misspelled names are off a caseload). */
  const requestsOf = async (op: Operation, page: number): Promise<number[]> => {
    if (op.id !== 'client-search') return [0, 1];
    for (let i = 0; i < fixtures.misspelledNames.length; i++) {
      if ((await send('api', op, i, page)).data?.clients.totalCount > 0) return [0, i];
    }
    throw new Error('client-search: no misspelled name of the fixtures finds a client');
  };

  beforeAll(async () => {
    await onServer(`CREATE DATABASE ${database}`);
    await migrate({ url: databaseUrl, poolSize: 1 }, () => undefined);
    t = await startTestApp({ DATABASE_URL: databaseUrl, JWT_SECRET: BENCH_JWT_SECRET, REPORT_SQL_STATEMENTS: 'true', LOGIN_RATE_LIMIT: '1000000000' });
    await seedDemo(t.app, () => undefined, { clients: 120, services: 300 });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    apiOrigin = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    buildServers();
    const started = await startBaseline(databaseUrl, Pinning.detect(false), 0);
    if (typeof started === 'string') throw new Error(`baseline did not start: ${started}`);
    baseline = started;
    fixtures = await readFixtures(databaseUrl, apiOrigin);
  }, 120_000);

  afterAll(async () => {
    await baseline?.stop();
    await t?.close();
    await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  describe.each([
    ['their caseload only', false],
    ['any client of the agency', true],
  ])('when case managers may open %s', (_rule, open) => {
    beforeAll(() => openAnyClient(open));

    it.each(READS.map((op) => [op.id, op] as const))('%s: the same data, statements and audit rows at both compare page sizes', async (_id, op) => {
      for (const page of op.pages?.compare ?? [0]) {
        for (const i of await requestsOf(op, page)) {
          const [api, base] = [await exchange('api', op, i, page), await exchange('baseline', op, i, page)];
          expectSame(op, `data (request ${i}, page ${page})`, api.answer.data, base.answer.data);
          expectSame(op, `statements (request ${i}, page ${page})`, api.answer.statements, base.answer.statements);
          expectSame(op, `audit rows (request ${i}, page ${page})`, api.audit, base.audit);
        }
      }
    });
  });

  it('login: the same statements and audit rows', async () => {
    const op = operation('login');
    const [api, base] = [await exchange('api', op, 0), await exchange('baseline', op, 0)];
    expectSame(op, 'statements', api.answer.statements, base.answer.statements);
    expectSame(op, 'audit rows', auditKinds(api.audit), auditKinds(base.audit));
    expect(typeof base.answer.data?.login.accessToken).toBe('string');
  });

  it('create-note: the same statements, and a draft note with its audit row on each side', async () => {
    const op = operation('create-note');
    const written = async ({ answer, audit }: Awaited<ReturnType<typeof exchange>>) => ({
      note: await query(`SELECT note_type, status, version, narrative FROM case_note WHERE id = $1`, [answer.data?.createCaseNote.id]),
      audit: auditKinds(audit),
    });
    const [api, base] = [await exchange('api', op, 0), await exchange('baseline', op, 1)];
    expectSame(op, 'statements', api.answer.statements, base.answer.statements);
    const [apiRows, baseRows] = [await written(api), await written(base)];
    expect(apiRows.audit).toEqual([{ action: 'CREATE', entity_type: 'CaseNote' }]);
    expectSame(op, 'rows written', apiRows, baseRows);
  });

  it('move-referral: the same statements, and each side’s referral RECEIVED with its step, timeline line and audit row', async () => {
    const op = operation('move-referral');
    const [ours, theirs] = slicePool(fixtures.sentReferrals, [1, 1]);
    expect(ours.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    const written = async ({ audit, since }: Awaited<ReturnType<typeof exchange>>, { id, version }: SentReferral) => ({
      referral: await query(`SELECT status, version - $2::int AS versions_on FROM referral WHERE id = $1`, [id, version]),
      steps: await query(`SELECT from_status, to_status, side FROM referral_step WHERE referral_id = $1 AND occurred_at >= $2`, [id, since]),
      timeline: await query(`SELECT kind, source_type, summary FROM client_timeline_entry WHERE source_id = $1 AND created_at >= $2`, [id, since]),
      audit: auditKinds(audit),
    });
    const [api, base] = [await exchange('api', op, 0, 0, { ...fixtures, sentReferrals: ours }), await exchange('baseline', op, 0, 0, { ...fixtures, sentReferrals: theirs })];
    expectSame(op, 'statements', api.answer.statements, base.answer.statements);
    const [apiRows, baseRows] = [await written(api, ours[0]), await written(base, theirs[0])];
    expect(apiRows.referral).toEqual([{ status: 'RECEIVED', versions_on: 1 }]);
    expect(apiRows.steps).toEqual([{ from_status: 'SENT', to_status: 'RECEIVED', side: 'SENDER' }]);
    expectSame(op, 'rows written', apiRows, baseRows);
  });
});
