import { seedId } from './seed-ids';
import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { AuditTrail } from '@waymark/api/audit';
import { CASELOAD_ROLES, Role } from '@waymark/shared/types';
import { DEMO_AREAS } from './demo-areas';
import { DEMO_AGENCIES, type DemoAgency } from './demo-agencies';
import { DEMO_PROGRAMS, type ProgramCode } from './demo-programs';
import { emptyRecords, planClientRecords, planPeople } from './plan-clients';
import type { PlanContext, SeedStaff } from './plan-services';
import { Random } from './random';
import type { SeedProgress } from './seed-progress';
import type { ProgramRow } from './seed-rows';
import { seededEvent, writeAuditEvents } from './write-audit';
import { writePrograms, writeRecords } from './write-records';

/** Clients planned and written at a time: bounds memory for any size and paces the progress lines. */
const CHUNK = 2000;

export interface SeedTools {
  txHost: TransactionHost<TransactionalAdapterTypeOrm>;
  audit: AuditTrail;
  progress: SeedProgress;
}

/** Notes a client gets from the programs' schedules alone (density 1), as measured over thousands of clients. */
const USUAL_NOTES_PER_CLIENT = 17.6;

/** The fewest clients in a chunk when the chunks are made small to meet a number of notes. */
const MIN_CHUNK = 20;

/** How far one chunk may move the density of notes towards what was asked for. */
const DENSITY_STEP = [0.5, 2] as const;

/**
 * A demo agency's client records, written with bulk SQL inside the caller's transaction: its
 * programs and settings, then the clients in chunks, each with their history, network,
 * consents, enrollments and case assignments, notes, incidents and timeline.
 *
 * Identifiers (Medicaid numbers and the like) are left out on purpose: the API encrypts them
 * with CLIENT_DATA_KEY, and a seed that encrypted with whatever key it found would leave rows
 * no longer readable once the key is set properly, while fake identifiers would look real.
 */
export async function seedClientRecords(tools: SeedTools, demo: DemoAgency, agencyId: string, clients: number, notesWanted?: number): Promise<{ clients: number; notes: number }> {
  const { txHost, progress } = tools;
  const run = (sql: string, params: unknown[]) => txHost.tx.query(sql, params);
  const label = `seed: ${demo.name.split(' ')[0]}`;

  await run(`INSERT INTO client_settings (agency_id) VALUES ($1) ON CONFLICT (agency_id) DO NOTHING`, [agencyId]);
  const [{ late_entry_days: lateEntryDays }] = await txHost.tx.query(`SELECT late_entry_days FROM client_settings WHERE agency_id = $1`, [agencyId]);
  const programs = demo.programs.map((code): ProgramRow => ({ id: seedId(), ...DEMO_PROGRAMS[code] }));
  await writePrograms(run, agencyId, programs);
  await writeAuditEvents(run, agencyId, programs.map((p) => seededEvent('Program', p.id)));

  const now = new Date();
  const r = new Random(`waymark-demo:${demo.slug}`);
  const staff = await castStaff(txHost, agencyId, demo);
  const area = DEMO_AREAS[demo.area];
  const ctx: PlanContext = {
    r,
    now,
    area,
    staff,
    programs: new Map(programs.map((p) => [p.code as ProgramCode, p])),
    lateEntryDays,
    otherAgency: await otherDemoAgency(txHost, agencyId),
    records: emptyRecords(),
    load: new Map(),
    noteDensity: 1,
  };
  const people = planPeople(r, area, demo.programs, staff.intake, clients, now);
  // Asked for a number of notes, the density starts from the schedules' usual notes a client and
  // is corrected after each chunk, so a small seed needs chunks small enough to correct it.
  if (notesWanted !== undefined) ctx.noteDensity = notesWanted / Math.max(1, clients * USUAL_NOTES_PER_CLIENT);
  const chunk = notesWanted === undefined ? CHUNK : Math.min(CHUNK, Math.max(MIN_CHUNK, Math.ceil(clients / 10)));
  let notes = 0;
  for (let start = 0; start < people.length; start += chunk) {
    ctx.records = emptyRecords();
    for (const client of people.slice(start, start + chunk)) planClientRecords(ctx, client);
    await writeRecords(run, agencyId, ctx.records);
    await writeAuditEvents(run, agencyId, ctx.records.clients.map((c) => seededEvent('Client', c.id, c.id)));
    notes += ctx.records.notes.length;
    const done = start + ctx.records.clients.length;
    if (notesWanted !== undefined) ctx.noteDensity = towards(ctx.noteDensity, ctx.records.notes.length / ctx.records.clients.length, (notesWanted - notes) / Math.max(1, clients - done));
    progress.tick(`${label} clients`, done, clients, `${label} clients ${done}/${clients} (${notes} notes)`);
  }
  await run(
    `INSERT INTO client_number_counter (agency_id, last_value) VALUES ($1, $2)
     ON CONFLICT (agency_id) DO UPDATE SET last_value = greatest(client_number_counter.last_value, excluded.last_value)`,
    [agencyId, clients],
  );
  return { clients, notes };
}

/**
 * The density of notes for the next chunk: the last chunk wrote `perClient` notes a client at
 * `density`, and the rest of the clients need `wanted` each to end near the number asked for.
 */
function towards(density: number, perClient: number, wanted: number): number {
  if (!perClient) return density;
  const [down, up] = DENSITY_STEP;
  return density * Math.min(up, Math.max(down, wanted / perClient));
}

/** Who plays which part in the seeded records, from the agency's users; the demo's supervisor login leads. */
async function castStaff(txHost: SeedTools['txHost'], agencyId: string, demo: DemoAgency): Promise<SeedStaff> {
  const users: { id: string; email: string; name: string; role: Role }[] = await txHost.tx.query(
    `SELECT id, email, display_name AS name, role FROM app_user WHERE agency_id = $1 AND active ORDER BY email`,
    [agencyId],
  );
  const having = (role: Role) => users.filter((user) => user.role === role).map(({ id, name }) => ({ id, name }));
  const caseManagers = having(Role.CASE_MANAGER);
  const supervisor = leadSupervisor(users, demo);
  if (!caseManagers.length || !supervisor) throw new Error('seed: a demo agency needs a case manager and a supervisor or admin');
  const intake = having(Role.INTAKE);
  return {
    intake: intake.length ? intake : caseManagers,
    caseManagers,
    supervisor: { id: supervisor.id, name: supervisor.name },
    supervisorOnTeams: CASELOAD_ROLES.includes(supervisor.role),
  };
}

/** The demo's supervisor login, or the first supervisor, or the admin where there is none. */
export function leadSupervisor<U extends { email: string; role: Role }>(users: readonly U[], demo: DemoAgency): U | undefined {
  const login = demo.users.find((user) => user.role === Role.SUPERVISOR)?.email;
  return users.find((user) => user.email === login) ?? users.find((user) => user.role === Role.SUPERVISOR) ?? users.find((user) => user.role === Role.ADMIN);
}

/** The other demo agency, when it exists already: some clients consent to share with it. */
async function otherDemoAgency(txHost: SeedTools['txHost'], agencyId: string): Promise<{ id: string; name: string } | null> {
  const [other] = await txHost.tx.query(`SELECT id, name FROM agency WHERE slug = ANY($1) AND id <> $2 ORDER BY slug LIMIT 1`, [
    DEMO_AGENCIES.map((demo) => demo.slug),
    agencyId,
  ]);
  return other ?? null;
}
