import { seedId } from './seed-ids';
import type { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { AuditTrail } from '@waymark/api/audit';
import { ActorType, AuditAction, CASELOAD_ROLES, Role } from '@waymark/shared/types';
import { DEMO_AREAS } from './demo-areas';
import { DEMO_AGENCIES, type DemoAgency } from './demo-agencies';
import { DEMO_PROGRAMS, type ProgramCode } from './demo-programs';
import { emptyRecords, planClientRecords, planPeople } from './plan-clients';
import type { PlanContext, SeedStaff } from './plan-services';
import { Random } from './random';
import type { ProgramRow } from './seed-rows';
import { writePrograms, writeRecords } from './write-records';

/** Clients planned and written at a time: bounds memory for any size and paces the progress lines. */
const CHUNK = 500;

const SEEDED = 'Demo data (db:seed)';

export interface SeedTools {
  txHost: TransactionHost<TransactionalAdapterTypeOrm>;
  audit: AuditTrail;
  log: (line: string) => void;
}

/**
 * A demo agency's client records, written with bulk SQL inside the caller's transaction: its
 * programs and settings, then the clients in chunks, each with their history, network,
 * consents, enrollments and case assignments, notes, incidents and timeline.
 *
 * Identifiers (Medicaid numbers and the like) are left out on purpose: the API encrypts them
 * with CLIENT_DATA_KEY, and a seed that encrypted with whatever key it found would leave rows
 * no longer readable once the key is set properly, while fake identifiers would look real.
 */
export async function seedClientRecords(tools: SeedTools, demo: DemoAgency, agencyId: string, clients: number): Promise<{ clients: number; notes: number }> {
  const { txHost, audit, log } = tools;
  const run = (sql: string, params: unknown[]) => txHost.tx.query(sql, params);
  const label = `seed: ${demo.name.split(' ')[0]}`;

  await run(`INSERT INTO client_settings (agency_id) VALUES ($1) ON CONFLICT (agency_id) DO NOTHING`, [agencyId]);
  const [{ late_entry_days: lateEntryDays }] = await txHost.tx.query(`SELECT late_entry_days FROM client_settings WHERE agency_id = $1`, [agencyId]);
  const programs = demo.programs.map((code): ProgramRow => ({ id: seedId(), ...DEMO_PROGRAMS[code] }));
  await writePrograms(run, agencyId, programs);
  await audit.record(...programs.map((p) => ({ actor: system(agencyId), action: AuditAction.CREATE, entityType: 'Program', entityId: p.id, reason: SEEDED })));

  const now = new Date();
  const r = new Random(`waymark-demo:${demo.slug}`);
  const staff = await castStaff(txHost, agencyId);
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
  };
  const people = planPeople(r, area, demo.programs, staff.intake, clients, now);
  let notes = 0;
  for (let start = 0; start < people.length; start += CHUNK) {
    ctx.records = emptyRecords();
    for (const client of people.slice(start, start + CHUNK)) planClientRecords(ctx, client);
    await writeRecords(run, agencyId, ctx.records);
    await audit.record(
      ...ctx.records.clients.map((c) => ({ actor: system(agencyId), action: AuditAction.CREATE, entityType: 'Client', entityId: c.id, clientId: c.id, reason: SEEDED })),
    );
    notes += ctx.records.notes.length;
    log(`${label} clients ${start + ctx.records.clients.length}/${clients} (${notes} notes)`);
  }
  await run(
    `INSERT INTO client_number_counter (agency_id, last_value) VALUES ($1, $2)
     ON CONFLICT (agency_id) DO UPDATE SET last_value = greatest(client_number_counter.last_value, excluded.last_value)`,
    [agencyId, clients],
  );
  return { clients, notes };
}

function system(agencyId: string) {
  return { type: ActorType.SYSTEM, id: null, agencyId };
}

/** Who plays which part in the seeded records, from the agency's users. */
async function castStaff(txHost: SeedTools['txHost'], agencyId: string): Promise<SeedStaff> {
  const users: { id: string; name: string; role: Role }[] = await txHost.tx.query(
    `SELECT id, display_name AS name, role FROM app_user WHERE agency_id = $1 AND active ORDER BY email`,
    [agencyId],
  );
  const having = (role: Role) => users.filter((user) => user.role === role).map(({ id, name }) => ({ id, name }));
  const caseManagers = having(Role.CASE_MANAGER);
  const supervisor = users.find((user) => user.role === Role.SUPERVISOR) ?? users.find((user) => user.role === Role.ADMIN);
  if (!caseManagers.length || !supervisor) throw new Error('seed: a demo agency needs a case manager and a supervisor or admin');
  const intake = having(Role.INTAKE);
  return {
    intake: intake.length ? intake : caseManagers,
    caseManagers,
    supervisor: { id: supervisor.id, name: supervisor.name },
    supervisorOnTeams: CASELOAD_ROLES.includes(supervisor.role),
  };
}

/** The other demo agency, when it exists already: some clients consent to share with it. */
async function otherDemoAgency(txHost: SeedTools['txHost'], agencyId: string): Promise<{ id: string; name: string } | null> {
  const [other] = await txHost.tx.query(`SELECT id, name FROM agency WHERE slug = ANY($1) AND id <> $2 ORDER BY slug LIMIT 1`, [
    DEMO_AGENCIES.map((demo) => demo.slug),
    agencyId,
  ]);
  return other ?? null;
}
