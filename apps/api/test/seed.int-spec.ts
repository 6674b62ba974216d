import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canMoveReferral,
  CLIENT_FLAGS,
  CLIENT_STATUSES,
  consentState,
  daysBetween,
  isLateEntry,
  normalizeProgramRules,
  REFERRAL_EXPIRY_DAYS,
  REFERRAL_STATUSES,
  type ReferralSide,
  type ReferralStatus,
  Role,
  TIMELINE_KINDS,
  todayIsoDate,
} from '@waymark/shared/types';
import { DEMO_AGENCIES, DEMO_PASSWORD } from '../src/seed/demo-agencies';
import { queryEmbedded } from './support/embedded-query';
import { signIn } from './support/factories';
import { runCli } from './support/run-cli';
import { startTestApp, type TestApp } from './support/test-app';

const [RIVERSIDE, LAKESIDE] = DEMO_AGENCIES;
const SLOW = 180_000;

/** Rows per client table for the demo agencies, to show a second seed adds none. */
const TABLE_COUNTS = `
  SELECT (SELECT count(*) FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE a.slug = ANY($1))::int AS users,
         (SELECT count(*) FROM audit_event e JOIN agency a ON a.id = e.agency_id WHERE a.slug = ANY($1))::int AS audit,
         ${['program', 'client', 'client_status_change', 'client_contact', 'consent', 'enrollment', 'enrollment_team_member', 'case_assignment', 'case_note', 'case_note_addendum', 'incident', 'client_timeline_entry', 'referral', 'referral_step', 'task']
           .map((table) => `(SELECT count(*) FROM ${table} x JOIN agency a ON a.id = x.agency_id WHERE a.slug = ANY($1))::int AS ${table}`)
           .join(',\n         ')}`;

describe('demo seed (db:seed)', () => {
  let t: TestApp;
  const slugs = DEMO_AGENCIES.map((demo) => demo.slug);
  const agencyId = async (slug: string): Promise<string | undefined> => (await t.db.query(`SELECT id FROM agency WHERE slug = $1`, [slug]))[0]?.id;
  const values = async (sql: string, agency: string): Promise<string[]> => (await t.db.query(sql, [agency])).map((row: { v: string }) => row.v);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a bad --clients with one clear line and a failing exit code, before touching the database', async () => {
    const refusals: [string[], string][] = [
      [['--clients', 'many'], 'seed: --clients must be a whole number from 0 to 100000 (got "many")'],
      [['--clients=-5'], '(got "-5")'],
      [['--clients', '100001'], '(got "100001")'],
      [['--services', 'lots'], 'seed: --services must be a whole number from 0 to 100000 (got "lots")'],
      [['--services', '100001'], '(got "100001")'],
      [['--client', '5'], "seed: Unknown option '--client' (usage: seed [--scale small|large] [--clients N] [--services N] [--workers N] [--notes N] [--referrals N])"],
    ];
    for (const [args, message] of refusals) {
      const result = await runCli('seed', ...args);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(message);
      expect(result.stdout).not.toContain('migrate:');
    }
    expect(await agencyId(RIVERSIDE.slug)).toBeUndefined();
  }, SLOW);

  it('creates a realistic Riverside and a smaller Lakeside, saying how far it has got', async () => {
    const result = await runCli('seed');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('seed: Riverside clients 300/300');
    expect(result.stdout).toContain('seed: Lakeside clients 60/60');
    expect(result.stdout).toContain('seed: directory services 400/400');
    expect(result.stdout).toContain('seed: directory entry of Lakeside Family Services: shared on Waymark');
    const riverside = (await agencyId(RIVERSIDE.slug)) as string;
    const lakeside = (await agencyId(LAKESIDE.slug)) as string;

    // Several programs, their rules complete in the shape the program area reads.
    const programs: { code: string; rules: object }[] = await t.db.query(`SELECT code, rules FROM program WHERE agency_id = $1 ORDER BY code`, [riverside]);
    expect(programs.map((p) => p.code)).toEqual(['BH', 'DCM', 'FC', 'HCBS', 'SHL']);
    for (const { rules } of programs) expect(normalizeProgramRules(rules)).toEqual(rules);
    expect(await values(`SELECT code AS v FROM program WHERE agency_id = $1 ORDER BY code`, lakeside)).toEqual(['BH', 'DCM', 'FC']);

    // Hundreds of clients over the whole lifecycle, numbered in the order they came in.
    expect(await values(`SELECT DISTINCT status AS v FROM client WHERE agency_id = $1 ORDER BY 1`, riverside)).toEqual([...CLIENT_STATUSES].sort());
    const numbers = await values(`SELECT client_number AS v FROM client WHERE agency_id = $1 ORDER BY created_at, client_number`, riverside);
    expect(numbers).toEqual(Array.from({ length: 300 }, (_, i) => `C-${String(i + 1).padStart(6, '0')}`));
    expect(await values(`SELECT last_value::text AS v FROM client_number_counter WHERE agency_id = $1`, riverside)).toEqual(['300']);
    expect(await values(`SELECT count(*)::text AS v FROM client WHERE agency_id = $1`, lakeside)).toEqual(['60']);
    const [people] = await t.db.query(
      `SELECT count(*) FILTER (WHERE primary_language = 'Spanish' AND interpreter_needed)::int AS spanish_with_interpreter,
              count(*) FILTER (WHERE risk_level = 'HIGH')::int AS high_risk,
              count(DISTINCT legal_last_name)::int AS last_names,
              count(*) FILTER (WHERE date_of_birth > current_date)::int AS born_in_future,
              array(SELECT DISTINCT unnest(flags) FROM client WHERE agency_id = $1 ORDER BY 1) AS flags
       FROM client WHERE agency_id = $1`,
      [riverside],
    );
    expect(people).toMatchObject({ born_in_future: 0, flags: [...CLIENT_FLAGS].sort() });
    expect(people.spanish_with_interpreter).toBeGreaterThan(10);
    expect(people.high_risk).toBeGreaterThan(10);
    expect(people.last_names).toBeGreaterThan(100);
    // Identifiers are the API's to encrypt; the seed leaves them out.
    expect(await values(`SELECT count(*)::text AS v FROM client_identifier WHERE agency_id = $1`, riverside)).toEqual(['0']);

    // Notes: mostly signed, some drafts, late entries marked by the agency's rule, a few addenda.
    const notes: { status: string; occurred_at: Date; signed_at: Date | null; late_entry: boolean }[] = await t.db.query(
      `SELECT status, occurred_at, signed_at, late_entry FROM case_note WHERE agency_id = $1`,
      [riverside],
    );
    const signed = notes.filter((n) => n.status === 'SIGNED');
    const late = signed.filter((n) => n.late_entry);
    expect(notes.length).toBeGreaterThan(3000);
    expect(signed.length / notes.length).toBeGreaterThan(0.9);
    expect(notes.length - signed.length).toBeGreaterThan(20);
    expect(late.length).toBeGreaterThan(50);
    for (const note of signed) expect(note.late_entry).toBe(isLateEntry(note.occurred_at, note.signed_at as Date, 3));
    expect(notes.filter((n) => n.status === 'DRAFT').every((n) => !n.signed_at && !n.late_entry)).toBe(true);
    expect(await values(`SELECT DISTINCT note_type AS v FROM case_note WHERE agency_id = $1 ORDER BY 1`, riverside)).toHaveLength(8);
    expect(Number((await values(`SELECT count(*)::text AS v FROM case_note_addendum WHERE agency_id = $1`, riverside))[0])).toBeGreaterThan(20);

    // Consents in every state, some to people in the client's network, some to the other agency.
    const consents: { effective_from: string; effective_until: string | null; revoked_at: Date | null; recipient_kind: string }[] = await t.db.query(
      `SELECT to_char(effective_from, 'YYYY-MM-DD') AS effective_from, to_char(effective_until, 'YYYY-MM-DD') AS effective_until, revoked_at, recipient_kind
       FROM consent WHERE agency_id = ANY($1)`,
      [[riverside, lakeside]],
    );
    expect(new Set(consents.map((c) => consentState({ effectiveFrom: c.effective_from, effectiveUntil: c.effective_until, revokedAt: c.revoked_at }, todayIsoDate())))).toEqual(
      new Set(['ACTIVE', 'EXPIRED', 'REVOKED', 'PENDING']),
    );
    expect(new Set(consents.map((c) => c.recipient_kind))).toEqual(new Set(['PERSON', 'ORGANIZATION', 'AGENCY']));

    // Every demo case manager carries a caseload, and Riverside's are near even.
    const caseloads: { agency: string; role: string; clients: number; assignments: number }[] = await t.db.query(
      `SELECT a.slug AS agency, u.role,
              (SELECT count(DISTINCT e.client_id) FROM enrollment e WHERE e.primary_case_manager_id = u.id AND e.closed_on IS NULL)::int AS clients,
              (SELECT count(*) FROM case_assignment s WHERE s.case_manager_id = u.id)::int AS assignments
       FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE a.slug = ANY($1) AND u.role = $2`,
      [slugs, Role.CASE_MANAGER],
    );
    expect(caseloads).toHaveLength([...RIVERSIDE.users, ...RIVERSIDE.staff, ...LAKESIDE.users, ...LAKESIDE.staff].filter((u) => u.role === Role.CASE_MANAGER).length);
    for (const load of caseloads) expect(load.clients).toBeGreaterThanOrEqual(10);
    for (const load of caseloads) expect(load.assignments).toBeGreaterThanOrEqual(load.clients);
    const riversideLoads = caseloads.filter((l) => l.agency === RIVERSIDE.slug).map((l) => l.clients);
    expect(Math.max(...riversideLoads) / Math.min(...riversideLoads)).toBeLessThan(1.5);

    // Incidents both awaiting review and reviewed; every kind of line on the timeline.
    expect(await values(`SELECT DISTINCT status AS v FROM incident WHERE agency_id = $1 ORDER BY 1`, riverside)).toEqual(['REPORTED', 'REVIEWED']);
    expect(await values(`SELECT DISTINCT kind AS v FROM client_timeline_entry WHERE agency_id = $1 ORDER BY 1`, riverside)).toEqual(
      TIMELINE_KINDS.filter((kind) => kind !== 'MERGE').sort(),
    );
    expect(await values(`SELECT count(*)::text AS v FROM client_timeline_entry WHERE agency_id = $1 AND kind = 'INTAKE'`, riverside)).toEqual(['300']);

    // The trail says where the records came from.
    expect(await values(`SELECT count(*)::text AS v FROM audit_event WHERE agency_id = $1 AND entity_type = 'Client' AND action = 'CREATE' AND actor_type = 'SYSTEM'`, riverside)).toEqual(['300']);
  }, SLOW);

  it('reads back through the API as the demo users see it', async () => {
    const as = async (email: string) => (await signIn(t, { email }, DEMO_PASSWORD)).accessToken;
    const casey = await as('casemanager@riverside.example');
    const caseload = await t.gql(
      `{ myCaseload(first: 50) { totalCount edges { node { id clientNumber status riskLevel flags primaryLanguage enrollments { status program { code } } } } } }`,
      {},
      { token: casey },
    );
    expect(caseload.errors).toBeUndefined();
    expect(caseload.data?.myCaseload.totalCount).toBeGreaterThanOrEqual(10);
    const first = caseload.data?.myCaseload.edges[0].node;

    const story = await t.gql(
      `query($id: ID!) {
        intake: clientTimeline(clientId: $id, first: 1, kinds: [INTAKE]) { edges { node { summary } } }
        recent: clientTimeline(clientId: $id, first: 25) { edges { node { kind summary actor { displayName } } } }
        caseNotes(clientId: $id, first: 25) { edges { node { noteType status lateEntry narrative author { displayName } addenda { text } } } }
        clientConsents(clientId: $id) { state recipientKind categories }
        clientContacts(clientId: $id) { kind relationship name }
        clientIncidents(clientId: $id) { edges { node { incidentType severity status notifications { party method } } } }
      }`,
      { id: first.id },
      { token: casey },
    );
    expect(story.errors).toBeUndefined();
    expect(story.data?.intake.edges[0].node.summary).toMatch(new RegExp(`^(Inquiry|Intake) recorded as ${first.clientNumber}$`));
    expect(story.data?.recent.edges.length).toBeGreaterThan(5);
    expect(story.data?.caseNotes.edges.length).toBeGreaterThan(0);

    const drafts = await t.gql(`{ myDraftNotes(first: 100) { totalCount } }`, {}, { token: casey });
    expect(drafts.data?.myDraftNotes.totalCount).toBeGreaterThan(0);

    const supervisor = await as('supervisor@riverside.example');
    const oversight = await t.gql(
      `{ caseloads { worker { displayName } totalClients shareOfAverage }
         incidentsAwaitingReview { totalCount }
         programs { code rules { eligibility { minAge maxAge requiresMedicaid residencyRegions } intakeRequirements deadlines { assessmentDays planDays reviewMonths } visitSchedule { everyDays kind } } }
         clients(first: 1, search: "García") { totalCount } }`,
      {},
      { token: supervisor },
    );
    expect(oversight.errors).toBeUndefined();
    const workers = oversight.data?.caseloads.filter((c: { totalClients: number }) => c.totalClients > 0).map((c: { worker: { displayName: string } }) => c.worker.displayName);
    expect(workers).toEqual(expect.arrayContaining(['Casey Manager', ...RIVERSIDE.staff.map((s) => s.displayName)]));
    expect(oversight.data?.incidentsAwaitingReview.totalCount).toBeGreaterThan(0);
    expect(oversight.data?.programs).toHaveLength(5);
    expect(oversight.data?.clients.totalCount).toBeGreaterThan(0);
  }, SLOW);

  it('refers Riverside clients in every status with the steps that led there, and keeps Lakeside’s inbox alive under consents', async () => {
    const riverside = (await agencyId(RIVERSIDE.slug)) as string;
    const lakeside = (await agencyId(LAKESIDE.slug)) as string;
    const referrals: { id: string; client_id: string; status: string; version: number; receiver_agency_id: string | null; consent_id: string | null; sent_at: Date | null }[] =
      await t.db.query(`SELECT id, client_id, status, version, receiver_agency_id, consent_id, sent_at FROM referral WHERE agency_id = $1`, [riverside]);
    expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(REFERRAL_STATUSES));
    // About four in ten of the clients in service, some with two.
    const [{ inService }] = await t.db.query(
      `SELECT count(DISTINCT e.client_id)::int AS "inService" FROM enrollment e JOIN client c ON c.id = e.client_id
       WHERE e.agency_id = $1 AND c.status = 'ACTIVE' AND e.status IN ('ACTIVE', 'ON_HOLD')`,
      [riverside],
    );
    const referred = new Set(referrals.map((r) => r.client_id)).size;
    expect(referred / inService).toBeGreaterThan(0.3);
    expect(referred / inService).toBeLessThan(0.5);
    expect(referrals.length).toBeGreaterThan(referred);

    // Each referral's steps chain from its draft to its status, in time order, one timeline line each.
    const steps: { referral_id: string; from_status: ReferralStatus | null; to_status: ReferralStatus; side: ReferralSide; occurred_at: Date }[] = await t.db.query(
      `SELECT referral_id, from_status, to_status, side, occurred_at FROM referral_step WHERE agency_id = $1 ORDER BY referral_id, occurred_at, id`,
      [riverside],
    );
    for (const referral of referrals) {
      const own = steps.filter((step) => step.referral_id === referral.id);
      expect(own.map((step) => step.from_status)).toEqual([null, ...own.slice(0, -1).map((step) => step.to_status)]);
      expect({ first: own[0].to_status, last: own[own.length - 1].to_status, version: referral.version }).toEqual({ first: 'DRAFT', last: referral.status, version: own.length });
      for (const [before, after] of own.slice(1).map((step, i) => [own[i], step])) expect(after.occurred_at.getTime()).toBeGreaterThanOrEqual(before.occurred_at.getTime());
      expect(own[own.length - 1].occurred_at.getTime()).toBeLessThanOrEqual(Date.now());
      // Every move one the machine allows to the side that took it.
      for (const step of own.slice(1)) expect([step.from_status, step.to_status, step.side, canMoveReferral(step.from_status as ReferralStatus, step.to_status, step.side, referral.receiver_agency_id !== null)]).toEqual([step.from_status, step.to_status, step.side, true]);
    }
    expect(await values(`SELECT count(*)::text AS v FROM client_timeline_entry WHERE agency_id = $1 AND kind = 'REFERRAL'`, riverside)).toEqual([String(steps.length)]);
    // Nothing is left for the expiry round: what still waits was sent within its days.
    const waiting = referrals.filter((r) => r.status === 'SENT' || r.status === 'RECEIVED');
    for (const r of waiting) expect(daysBetween(todayIsoDate(r.sent_at as Date), todayIsoDate())).toBeLessThan(REFERRAL_EXPIRY_DAYS);
    // The sender's follow-ups, open and past.
    expect(await values(`SELECT DISTINCT kind || ':' || status AS v FROM task WHERE agency_id = $1 AND kind LIKE 'REFERRAL%' ORDER BY 1`, riverside)).toEqual(
      expect.arrayContaining(['REFERRAL_APPOINTMENT_FOLLOW_UP:DONE', 'REFERRAL_APPOINTMENT_FOLLOW_UP:OPEN', 'REFERRAL_NO_ANSWER:CANCELLED', 'REFERRAL_NO_ANSWER:DONE', 'REFERRAL_NO_ANSWER:OPEN']),
    );

    // To Lakeside on Waymark: each under a consent to Lakeside covering what a referral shares.
    const toLakeside = referrals.filter((r) => r.receiver_agency_id === lakeside);
    for (const status of ['SENT', 'RECEIVED', 'ACCEPTED']) expect(toLakeside.map((r) => r.status)).toContain(status);
    const consents: { id: string; categories: string[]; recipient_agency_id: string }[] = await t.db.query(
      `SELECT id, categories, recipient_agency_id FROM consent WHERE id = ANY($1)`,
      [toLakeside.map((r) => r.consent_id)],
    );
    expect(consents).toHaveLength(toLakeside.length);
    for (const consent of consents) expect(consent).toMatchObject({ recipient_agency_id: lakeside, categories: expect.arrayContaining(['REFERRALS', 'DEMOGRAPHICS', 'CONTACT_INFO']) });

    // Lakeside's case manager sees them in the inbox, with the client the consent shares.
    const lou = (await signIn(t, { email: 'casemanager@lakeside.example' }, DEMO_PASSWORD)).accessToken;
    const inbox = await t.gql(
      `{ referrals(filter: { box: RECEIVED, statuses: [SENT, RECEIVED] }, first: 20) { edges { node { id status side client { displayName sharedUnder } } } } }`,
      {},
      { token: lou },
    );
    expect(inbox.errors).toBeUndefined();
    const nodes = inbox.data?.referrals.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes.length).toBe(toLakeside.filter((r) => r.status === 'SENT' || r.status === 'RECEIVED').length);
    for (const node of nodes) expect(node).toMatchObject({ side: 'RECEIVER', client: { displayName: expect.any(String), sharedUnder: 'IN_FORCE' } });

    // The demo case manager has a referral to chase and an appointment to check, each naming whom it went to.
    const casey = (await signIn(t, { email: 'casemanager@riverside.example' }, DEMO_PASSWORD)).accessToken;
    const work = await t.gql(`{ myTasks(kinds: [REFERRAL_NO_ANSWER, REFERRAL_APPOINTMENT_FOLLOW_UP], first: 20) { edges { node { kind title referralLabel } } } }`, {}, { token: casey });
    const tasks: { kind: string; title: string; referralLabel: string }[] = work.data?.myTasks.edges.map((edge: { node: unknown }) => edge.node);
    expect(new Set(tasks.map((task) => task.kind))).toEqual(new Set(['REFERRAL_NO_ANSWER', 'REFERRAL_APPOINTMENT_FOLLOW_UP']));
    for (const task of tasks) expect(task.title).toContain(task.referralLabel);
  }, SLOW);

  it('adds nothing the second time', async () => {
    const [before] = await t.db.query(TABLE_COUNTS, [slugs]);
    const result = await runCli('seed');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${RIVERSIDE.name}: already there`);
    expect(result.stdout).toContain(`${LAKESIDE.name}: already there`);
    expect(result.stdout).toContain(`seed: referrals of ${RIVERSIDE.name}: already there`);
    const [after] = await t.db.query(TABLE_COUNTS, [slugs]);
    expect(after).toEqual(before);
  }, SLOW);

  it('makes N clients at Riverside with --clients N, on a database of its own', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'waymark-seed-'));
    try {
      const result = await runCli('seed', '--clients', '25', { env: { DATABASE_URL: '', PGLITE_DATA_DIR: dataDir } });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('seed: Riverside clients 25/25');
      const rows = await queryEmbedded<{ slug: string; clients: number; notes: number }>(
        dataDir,
        `SELECT a.slug, (SELECT count(*) FROM client c WHERE c.agency_id = a.id)::int AS clients,
                (SELECT count(*) FROM case_note n WHERE n.agency_id = a.id)::int AS notes
         FROM agency a ORDER BY a.slug`,
      );
      expect(rows).toEqual([
        { slug: 'lakeside', clients: LAKESIDE.clients, notes: expect.any(Number) },
        { slug: 'riverside', clients: 25, notes: expect.any(Number) },
      ]);
      expect(rows[1].notes).toBeGreaterThan(100);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, SLOW);
});
