import { randomUUID } from 'node:crypto';
import { AuditVerifier } from '@waymark/api/audit';
import { REFERRAL_STATUSES, Role } from '@waymark/shared/types';
import { DEMO_AGENCIES, DEMO_PASSWORD } from '../src/seed/demo-agencies';
import { seedDemo } from '../src/seed/seed-demo';
import { signIn } from './support/factories';
import { ownDemoAgencies } from './support/own-demo-agencies';
import { runCli } from './support/run-cli';
import { startTestApp, type TestApp } from './support/test-app';

const SLOW = 240_000;

/** What the explicit run asks for: a small agency at work, under this run's own slugs and e-mails. */
const ASKED = { clients: 300, workers: 30, notes: 6000, referrals: 300, services: 150 };

/** Rows the seed makes at the agency, to show a second run adds none. */
const COUNTS = `
  SELECT (SELECT count(*) FROM audit_event e JOIN agency a ON a.id = e.agency_id WHERE a.slug = ANY($1))::int AS audit,
         ${['app_user', 'client', 'enrollment', 'case_note', 'care_plan', 'task', 'referral']
           .map((table) => `(SELECT count(*) FROM ${table} x JOIN agency a ON a.id = x.agency_id WHERE a.slug = ANY($1))::int AS ${table}`)
           .join(',\n         ')}`;

describe('demo seed at a chosen size (db:seed --scale, --workers, --notes, --referrals)', () => {
  let t: TestApp;
  const agencies = ownDemoAgencies(randomUUID().slice(0, 8), [DEMO_AGENCIES[0].clients, 20]);
  const [riverside] = agencies;
  const slugs = agencies.map((a) => a.slug);
  const lines: string[] = [];
  let riversideId: string;
  const one = async <T>(sql: string, params: unknown[] = [riversideId]): Promise<T> => (await t.db.query(sql, params))[0];

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.app, (line) => lines.push(line), { agencies, ...ASKED });
    riversideId = (await one<{ id: string }>(`SELECT id FROM agency WHERE slug = $1`, [riverside.slug])).id;
  }, SLOW);
  afterAll(() => t.close());

  it('refuses a bad scale or count with one clear line and a failing exit code, before touching the database', async () => {
    const refusals: [string[], string][] = [
      [['--scale', 'medium'], 'seed: --scale must be small or large (got "medium")'],
      [['--scale'], "seed: Option '--scale <value>' argument missing"],
      [['--workers', 'many'], 'seed: --workers must be a whole number from 0 to 1000 (got "many")'],
      [['--workers', '1001'], '(got "1001")'],
      [['--notes=-1'], 'seed: --notes must be a whole number from 0 to 3000000 (got "-1")'],
      [['--referrals', '300001'], 'seed: --referrals must be a whole number from 0 to 300000 (got "300001")'],
      [['--scale', 'large', '--clients', '1.5'], 'seed: --clients must be a whole number from 0 to 100000 (got "1.5")'],
    ];
    for (const [args, message] of refusals) {
      const result = await runCli('seed', ...args);
      expect({ args, status: result.status === 0 ? 'ok' : 'refused', lines: result.stderr.trim().split('\n').length }).toEqual({ args, status: 'refused', lines: 1 });
      expect(result.stderr).toContain(message);
      // Refused before the database is even opened (no migration ran), so nothing changed.
      expect(result.stdout).not.toContain('migrate:');
    }
  }, SLOW);

  it('makes the clients and workers asked for, and about the notes and referrals asked for', async () => {
    const made = await one<{ clients: number; users: number; notes: number; referrals: number; services: number }>(
      `SELECT (SELECT count(*) FROM client WHERE agency_id = $1)::int AS clients,
              (SELECT count(*) FROM app_user WHERE agency_id = $1)::int AS users,
              (SELECT count(*) FROM case_note WHERE agency_id = $1)::int AS notes,
              (SELECT count(*) FROM referral WHERE agency_id = $1)::int AS referrals,
              (SELECT count(*) FROM service s JOIN organization o ON o.id = s.organization_id WHERE o.agency_id = $1)::int AS services`,
    );
    expect({ clients: made.clients, users: made.users, services: made.services }).toEqual({ clients: ASKED.clients, users: ASKED.workers, services: ASKED.services });
    expect(made.notes / ASKED.notes).toBeGreaterThan(0.85);
    expect(made.notes / ASKED.notes).toBeLessThan(1.15);
    expect(made.referrals / ASKED.referrals).toBeGreaterThan(0.85);
    expect(made.referrals / ASKED.referrals).toBeLessThan(1.15);
    // Referrals in every status, and a good share still waiting on providers off Waymark: a benchmark moves those on.
    const statuses: { status: string; count: number }[] = await t.db.query(`SELECT status, count(*)::int AS count FROM referral WHERE agency_id = $1 GROUP BY status`, [riversideId]);
    expect(statuses.map((s) => s.status).sort()).toEqual([...REFERRAL_STATUSES].sort());
    const sentOffWaymark = await one<{ count: number }>(`SELECT count(*)::int AS count FROM referral WHERE agency_id = $1 AND status = 'SENT' AND receiver_agency_id IS NULL`);
    expect(sentOffWaymark.count / made.referrals).toBeGreaterThan(0.1);
    expect(lines).toContain(`seed: [1/2] ${riverside.name}: created with ${ASKED.workers} users, ${ASKED.clients} clients and ${made.notes} case notes`);
  });

  it('leaves a sealed, intact trail with the workers’ own reads and writes of the past months', async () => {
    const activity = await one<{ reads: number; writers: number; unsealed: number }>(
      `SELECT count(*) FILTER (WHERE action = 'READ' AND entity_type = 'Client')::int AS reads,
              count(DISTINCT actor_id) FILTER (WHERE actor_type = 'USER' AND action = 'CREATE' AND entity_type = 'CaseNote')::int AS writers,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id))::int AS unsealed
       FROM audit_event e WHERE e.agency_id = $1`,
    );
    expect(activity.reads).toBeGreaterThan(100);
    expect(activity.writers).toBeGreaterThan(10);
    expect(activity.unsealed).toBe(0);
    expect(await t.app.get(AuditVerifier).verify(riversideId)).toMatchObject({ intact: true, unsealedCount: 0 });
  });

  it('staffs the agency like a real one: case managers with even caseloads and tasks of their own, supervisors and intake in proportion', async () => {
    const roles: { role: Role; count: number }[] = await t.db.query(`SELECT role, count(*)::int AS count FROM app_user WHERE agency_id = $1 GROUP BY role`, [riversideId]);
    const count = (role: Role) => roles.find((r) => r.role === role)?.count ?? 0;
    expect({ supervisors: count(Role.SUPERVISOR), intake: count(Role.INTAKE), admins: count(Role.ADMIN) }).toEqual({ supervisors: 2, intake: 1, admins: 1 });
    const loads: { email: string; clients: number; manual: number; overdue: number }[] = await t.db.query(
      `SELECT u.email,
              (SELECT count(DISTINCT e.client_id) FROM enrollment e WHERE e.primary_case_manager_id = u.id AND e.closed_on IS NULL)::int AS clients,
              (SELECT count(*) FROM task k WHERE k.assignee_id = u.id AND k.kind = 'MANUAL')::int AS manual,
              (SELECT count(*) FROM task k WHERE k.assignee_id = u.id AND k.status = 'OPEN' AND k.due_on < current_date)::int AS overdue
       FROM app_user u WHERE u.agency_id = $1 AND u.role = $2`,
      [riversideId, Role.CASE_MANAGER],
    );
    expect(loads).toHaveLength(count(Role.CASE_MANAGER));
    // New cases go to whoever has room: open caseloads (clients; a second program stays with
    // the client's worker) within a few clients of one another.
    const clients = loads.map((l) => l.clients);
    expect(Math.max(...clients) - Math.min(...clients)).toBeLessThanOrEqual(4);
    for (const load of loads) expect(load).toMatchObject({ manual: expect.any(Number), overdue: expect.any(Number) });
    expect(loads.filter((l) => l.manual > 0 && l.overdue > 0).length).toBe(loads.length);
    // The demo logins work as before, the made-up colleagues with the same password.
    const colleague = loads.find((l) => !riverside.users.some((u) => u.email === l.email) && !riverside.staff.some((u) => u.email === l.email)) as { email: string };
    for (const email of ['casemanager', 'supervisor'].map((local) => `${local}@${riverside.slug}.example`).concat(colleague.email)) {
      expect((await signIn(t, { email }, DEMO_PASSWORD)).accessToken).toEqual(expect.any(String));
    }
  }, SLOW);

  it('adds nothing the second time', async () => {
    const [before] = await t.db.query(COUNTS, [slugs]);
    const again: string[] = [];
    await seedDemo(t.app, (line) => again.push(line), { agencies, ...ASKED });
    expect(again).toEqual(expect.arrayContaining([`seed: [1/2] ${riverside.name}: already there`, `seed: referrals of ${riverside.name}: already there`]));
    const [after] = await t.db.query(COUNTS, [slugs]);
    expect(after).toEqual(before);
  }, SLOW);
});
