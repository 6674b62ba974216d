import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { WorklistSweep } from '@waymark/api/care-plan';
import { migrate } from '@waymark/api/database';
import { addDays, addMonths } from '@waymark/shared/types';
import { Client } from 'pg';
import { DEADLINE_RULES, enrolled, type Enrolled } from './support/care-plan-worklist-fixtures';
import { daysFromToday, ok, staffedAgency, type StaffedAgency } from './support/client-fixtures';
import { CLOSE_ENROLLMENT } from './support/client-operations';
import { startTestApp, type TestApp } from './support/test-app';

const root = join(__dirname, '../../..');

/** Far enough on that the first assessments, visits and follow-up are overdue, while the later follow-ups still run. */
const DAYS_ON = 45;

/**
 * Runs only on PostgreSQL: the worklist's scheduling from several connections and processes.
 * Generated tasks are keyed (agency, dedupe key), so however many sweeps race, each deadline
 * is one row, and each overdue task is escalated once. The API processes sweep every agency
 * of their database on a clock weeks ahead, so they get a database of their own, not the one
 * the other specs share.
 */
describe('scheduling the worklist across API instances', () => {
  const database = `wm_scheduling_${randomUUID().slice(0, 8)}`;
  const databaseUrl = Object.assign(new URL(process.env.DATABASE_URL as string), { pathname: `/${database}` }).toString();
  let t: TestApp;
  let staffed: StaffedAgency<'caseManager'>;
  let open: Enrolled[];
  let closed: Enrolled;
  let closedOn: string;

  /** The keys the rules want for the agency's enrollments at `today`, with whether each is overdue. */
  const expected = (today: string) => [
    ...open.flatMap((on) => {
      const e = on.enrollmentId;
      const assessment = addDays(on.openedOn, 30);
      const monitoring = [addMonths(on.openedOn, 3), addMonths(on.openedOn, 6)].find((due) => due >= today) as string;
      return [
        { key: `ASSESSMENT_DUE:${e}:initial`, overdue: assessment < today },
        { key: `VISIT:${e}:${assessment}`, overdue: assessment < today },
        { key: `QUARTERLY_MONITORING:${e}:${monitoring}`, overdue: false },
      ];
    }),
    ...[30, 60, 90].map((days) => ({ key: `FOLLOW_UP:${closed.enrollmentId}:${addDays(closedOn, days)}`, overdue: addDays(closedOn, days) < today })),
  ];

  const agencyTasks = (): Promise<{ dedupe_key: string; copies: number; escalated: boolean }[]> =>
    t.db.query(
      `SELECT dedupe_key, count(*)::int AS copies, bool_and(escalated_at IS NOT NULL) AS escalated FROM task
       WHERE agency_id = $1 GROUP BY dedupe_key ORDER BY dedupe_key`,
      [staffed.agency.id],
    );

  const escalationsTwice = (): Promise<unknown[]> =>
    t.db.query(
      `SELECT entity_id FROM audit_event WHERE entity_type = 'Task' AND agency_id = $1 AND changes ? 'escalatedAt'
       GROUP BY entity_id HAVING count(*) > 1`,
      [staffed.agency.id],
    );

  /** Rounds of one worklist job that ran at the same time, in either process: the queue runs one at a time. */
  const overlappingRounds = (): Promise<unknown[]> =>
    t.db.query(
      `SELECT a.name FROM pgboss.job a JOIN pgboss.job b ON b.name = a.name AND b.id <> a.id
       WHERE a.name LIKE 'care-plan.%' AND a.started_on < COALESCE(b.completed_on, now()) AND b.started_on < COALESCE(a.completed_on, now())`,
    );

  const onServer = async (sql: string) => {
    const server = new Client({ connectionString: process.env.DATABASE_URL });
    await server.connect();
    try {
      await server.query(sql);
    } finally {
      await server.end();
    }
  };

  beforeAll(async () => {
    await onServer(`CREATE DATABASE ${database}`);
    await migrate({ url: databaseUrl, poolSize: 1 }, () => undefined);
    t = await startTestApp({ DATABASE_URL: databaseUrl });
  }, 120_000);

  /**
   * A new agency with five open enrollments and one closed, through the API; then their tasks
   * are cleared so the sweeps must make them all.
   */
  beforeEach(async () => {
    staffed = await staffedAgency(t, { caseManager: 'CASE_MANAGER' });
    open = [];
    for (let i = 0; i < 5; i++) open.push(await enrolled(t, staffed, staffed.people.caseManager.id, { rules: DEADLINE_RULES, daysAgo: i }));
    closed = await enrolled(t, staffed, staffed.people.caseManager.id, { rules: DEADLINE_RULES, daysAgo: 10 });
    closedOn = daysFromToday(0);
    await ok(staffed.as('admin')(CLOSE_ENROLLMENT, { input: { enrollmentId: closed.enrollmentId, version: closed.version, closedOn, closeReason: 'Goals met' } }));
    await t.db.query(`DELETE FROM task WHERE agency_id = $1`, [staffed.agency.id]);
  });
  afterAll(async () => {
    await t.close();
    await onServer(`DROP DATABASE ${database} WITH (FORCE)`);
  });


  it('two API processes on the job queue make each deadline once and escalate each overdue task once', async () => {
    const today = daysFromToday(DAYS_ON);
    const want = expected(today);
    expect(want.filter((task) => task.overdue).length).toBeGreaterThan(0);
    const apis = [startApi(databaseUrl, today), startApi(databaseUrl, today)];
    try {
      await waitFor(async () => {
        const tasks = await agencyTasks();
        return tasks.length === want.length && tasks.filter((task) => task.escalated).length === want.filter((task) => task.overdue).length;
      }, 150_000);
      // Let any sweep still running finish before counting.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(await agencyTasks()).toEqual(want.map(({ key, overdue }) => ({ dedupe_key: key, copies: 1, escalated: overdue })).sort((a, b) => a.dedupe_key.localeCompare(b.dedupe_key)));
      expect(await escalationsTwice()).toEqual([]);
      expect(await overlappingRounds()).toEqual([]);
      for (const api of apis) expect(api.errors()).toEqual([]);
    } finally {
      await Promise.all(apis.map((api) => api.stop()));
    }
  }, 200_000);

  // Last: a second Nest app in this process takes over passport's global sign-in strategy, so
  // requests to the first one fail once the second has closed.
  it('two apps sweeping at once make each deadline once', async () => {
    const other = await startTestApp({ DATABASE_URL: databaseUrl });
    try {
      await Promise.all([t, other, t, other].map((app) => app.app.get(WorklistSweep).run()));
    } finally {
      await other.close();
    }
    const want = expected(daysFromToday(0));
    expect(await agencyTasks()).toEqual(want.map(({ key, overdue }) => ({ dedupe_key: key, copies: 1, escalated: overdue })).sort((a, b) => a.dedupe_key.localeCompare(b.dedupe_key)));
    expect(await escalationsTwice()).toEqual([]);
  }, 60_000);
});

interface RunningApi {
  process: ChildProcess;
  /** Error lines the process logged. */
  errors(): string[];
  stop(): Promise<void>;
}

/** A real API process on the database, its job queue on, its clock at `today`. */
function startApi(databaseUrl: string, today: string): RunningApi {
  const port = 20_000 + randomInt(20_000);
  const api = spawn(process.execPath, ['tools/run-api.mjs', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'test',
      JOBS_ENABLED: 'true',
      // Escalation every minute; the full reconcile runs as each process starts (its daily slot is far off).
      TASK_SWEEP_CRON: '* * * * *',
      MIGRATE_ON_START: 'false',
      CLOCK_NOW: `${today}T12:00:00Z`,
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: 'tmp/no-web',
    },
  });
  let output = '';
  api.stdout?.on('data', (chunk) => (output += chunk));
  api.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => api.on('exit', () => resolve()));
  return {
    process: api,
    errors: () => output.split('\n').filter((line) => /"level":(50|60)|Error:/.test(line)),
    async stop() {
      api.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
      clearTimeout(timer);
      api.kill('SIGKILL');
    },
  };
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
