import { Client } from 'pg';
import { loadConfig } from '@waymark/api/common';
import { addDays, todayIsoDate } from '@waymark/shared/types';
import { createApp } from '../../apps/api/src/app/create-app';
import { DEMO_EMAILS, DEMO_PASSWORD, BENCH_AGENCY_SLUG } from '../lib/demo-logins';
import { type PlanFigures, type PlanNode, planFigures } from './plan-figures';
import { REPORT_QUERIES } from './report-queries';

interface Statement {
  text: string;
  values: unknown[];
}

/** The statements the API sends while `capturing` holds a list: the bench patches pg's client, the one TypeORM drives. */
let capturing: Statement[] | null = null;
const send = Client.prototype.query;
Client.prototype.query = function (this: Client, ...args: unknown[]) {
  if (capturing && typeof args[0] === 'string') capturing.push({ text: args[0], values: Array.isArray(args[1]) ? args[1] : [] });
  return (send as (...rest: unknown[]) => unknown).apply(this, args);
} as typeof send;

/** A report's aggregate: the statements that count (the session check, the filter's lookups and the audit row are not). */
const isAggregate = (statement: Statement) => /^\s*(SELECT|WITH)\b/i.test(statement.text) && /\bcount\(|percentile_cont/i.test(statement.text);

export interface ReportFigures extends PlanFigures {
  /** Every statement of the request: session, filter checks, the report's own, the audit row. */
  statements: number;
  /** The report's aggregate statements among them. */
  aggregates: number;
  /** Execution time of its aggregates in milliseconds: the median of EXPLAIN ANALYZE runs. It depends on the machine and its load; a guide beside the counts. */
  executionMs: number;
}

/** EXPLAIN ANALYZE runs per statement whose median execution time is kept (the first also gives the buffers, with a warm cache as the rest). */
const TIMED_RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export interface DatabaseFigures {
  database: string;
  /** The agency's data the reports read, to set the growth of the figures against. */
  data: { clients: number; enrollments: number; notes: number; referrals: number; tasks: number; goals: number };
  reports: Record<string, ReportFigures>;
}

/** The tables the reports read. */
const REPORT_TABLES = ['enrollment', 'client', 'case_note', 'task', 'referral', 'care_plan', 'care_plan_goal'];

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }';

async function agencyData(db: Client): Promise<DatabaseFigures['data']> {
  const count = async (table: string) =>
    Number((await db.query(`SELECT count(*) AS n FROM ${table} WHERE agency_id = (SELECT id FROM agency WHERE slug = $1)`, [BENCH_AGENCY_SLUG])).rows[0].n);
  return {
    clients: await count('client'),
    enrollments: await count('enrollment'),
    notes: await count('case_note'),
    referrals: await count('referral'),
    tasks: await count('task'),
    goals: await count('care_plan_goal'),
  };
}

/**
 * Runs each report over the year to today as the demo supervisor, through the real API in this
 * process, and explains (ANALYZE, BUFFERS) the aggregate statements it sent with the values it
 * sent them with.
 */
export async function measureDatabase(url: string): Promise<DatabaseFigures> {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    JOBS_ENABLED: 'false',
    MIGRATE_ON_START: 'false',
    REPORT_SQL_STATEMENTS: 'true',
    LOGIN_RATE_LIMIT: '1000000000',
    WEB_DIST_DIR: 'bench/no-web-build',
  });
  const app = await createApp({ config, database: { url, poolSize: 2 } });
  await app.getHttpAdapter().getInstance().ready();
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // The tables as autovacuum leaves them at best: planned from statistics, their pages marked all-visible, which favours
    // index-only scans; a busy live table may read more heap pages.
    await db.query(`VACUUM (ANALYZE) ${REPORT_TABLES.join(', ')}`);
    const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const answer = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: JSON.stringify({ query, variables }),
      });
      const body = answer.json() as { data?: Record<string, { accessToken?: string }>; errors?: { message: string }[] };
      if (body.errors?.length) throw new Error(`bench: ${body.errors[0].message}`);
      return { body, statements: Number(answer.headers['x-sql-statements'] ?? 0) };
    };
    const token = (await post(LOGIN, { input: { email: DEMO_EMAILS.supervisor, password: DEMO_PASSWORD } })).body.data?.login.accessToken;
    const today = todayIsoDate();
    const filter = { from: addDays(today, -364), to: today };
    const reports: Record<string, ReportFigures> = {};
    for (const [name, query] of Object.entries(REPORT_QUERIES)) {
      capturing = [];
      const { statements } = await post(query, { filter }, token);
      const aggregates = capturing.filter(isAggregate);
      capturing = null;
      const figures = { statements, aggregates: aggregates.length, buffers: 0, rowsScanned: 0, executionMs: 0 };
      for (const statement of aggregates) {
        const runs: { Plan: PlanNode; 'Execution Time': number }[] = [];
        for (let run = 0; run < TIMED_RUNS; run++) {
          const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`, statement.values);
          runs.push((rows[0]['QUERY PLAN'] as { Plan: PlanNode; 'Execution Time': number }[])[0]);
        }
        const plan = planFigures(runs[0].Plan);
        figures.buffers += plan.buffers;
        figures.rowsScanned += plan.rowsScanned;
        figures.executionMs += median(runs.map((explained) => explained['Execution Time']));
      }
      reports[name] = { ...figures, executionMs: Math.round(figures.executionMs * 10) / 10 };
    }
    return { database: new URL(url).pathname.slice(1), data: await agencyData(db), reports };
  } finally {
    await db.end();
    await app.close();
  }
}
