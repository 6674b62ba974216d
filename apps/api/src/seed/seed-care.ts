import type { INestApplicationContext } from '@nestjs/common';
import { ASSESSMENT, CARE_PLAN, DISCHARGE_PLAN, PERSON_DIRECTED_PLAN, PLAN_TEMPLATE, PROGRESS_ENTRY, TASK_ENTITY } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import { normalizeProgramRules, type ProgramRules, Role, todayIsoDate } from '@waymark/shared/types';
import { type CareRecords, emptyCareRecords, type PlanTemplateRow, type SeedInstrument } from './care-seed-rows';
import type { DemoAgency } from './demo-agencies';
import { DEMO_PLAN_TEMPLATES } from './demo-plan-templates';
import type { ProgramCode } from './demo-programs';
import { type CareContext, type CareEnrollment, type DemoQuota, planDischarge, planEnrollmentCare, planManualTasks } from './plan-care';
import { planOpenDeadlines } from './plan-care-deadlines';
import { Random } from './random';
import { leadSupervisor, type SeedTools } from './seed-client-records';
import { seedId } from './seed-ids';
import { addStarterInstruments } from './starter-care';
import { type AuditRow, seededEvent, writeAuditEvents } from './write-audit';
import { writeCareRecords, writePlanTemplates } from './write-care-records';

type Read = <T>(sql: string, params: unknown[]) => Promise<T[]>;

interface EnrollmentRead {
  id: string;
  client_id: string;
  first_name: string;
  last_name: string;
  language: string;
  age: number;
  unhoused: boolean;
  code: ProgramCode;
  program_id: string;
  program_name: string;
  rules: Partial<ProgramRules>;
  status: string;
  opened_on: string;
  closed_on: string | null;
  close_reason: string | null;
  primary_case_manager_id: string;
  served: boolean;
}

/** Clients whose care is planned and written at a time: bounds memory for any size and paces the progress. */
const CLIENTS_PER_CHUNK = 2000;

/**
 * A demo agency's care planning, after its client records: the starter instruments and its
 * programs' plan templates, then for each enrollment in service its assessments, care plan
 * versions, progress and worklist, and for each recent discharge its discharge plan and
 * follow-ups; then the demo case manager's own tasks (every case manager's, with
 * `everyWorker`). Written with bulk SQL in the caller's transaction, a chunk of clients at a
 * time; dates count back from today.
 */
export async function seedCareRecords(app: INestApplicationContext, tools: SeedTools, demo: DemoAgency, agencyId: string, { everyWorker = false } = {}): Promise<void> {
  const { txHost, progress } = tools;
  const run = (sql: string, params: unknown[]) => txHost.tx.query(sql, params);
  const read: Read = (sql, params) => txHost.tx.query(sql, params);
  const label = `seed: ${demo.name.split(' ')[0]}`;

  await addStarterInstruments(app, agencyId);
  const instruments = await read<SeedInstrument>(`SELECT id, code, name, definition FROM instrument WHERE agency_id = $1 AND revision = 1`, [agencyId]);
  const programs = await read<{ id: string; code: ProgramCode }>(`SELECT id, code FROM program WHERE agency_id = $1`, [agencyId]);
  const templates: (PlanTemplateRow & { code: ProgramCode })[] = DEMO_PLAN_TEMPLATES.flatMap((template) => {
    const program = programs.find((p) => p.code === template.program);
    return program ? [{ id: seedId(), code: program.code, program_id: program.id, name: template.name, description: template.description, goals: template.goals }] : [];
  });
  await writePlanTemplates(run, agencyId, templates);
  await writeAuditEvents(run, agencyId, templates.map((t) => seededEvent(PLAN_TEMPLATE, t.id)));

  const now = app.get(Clock).now();
  const ctx: CareContext = {
    r: new Random(`waymark-care:${demo.slug}`),
    now,
    today: todayIsoDate(now),
    ...(await castCareStaff(read, agencyId, demo)),
    instruments: new Map(instruments.map((instrument) => [instrument.code, instrument])),
    templates: new Map(programs.map((p) => [p.code, templates.filter((t) => t.code === p.code).map((t) => t.id)])),
    records: emptyCareRecords(),
  };
  const enrollments = await readEnrollments(read, agencyId);
  const quota: DemoQuota = { pending: 3, reviewsToday: 2, drafts: 2 };
  const made = { assessments: 0, plans: 0, progress: 0, tasks: 0, dischargePlans: 0 };
  const write = async () => {
    await writeCareRecords(run, agencyId, ctx.records);
    await writeAuditEvents(run, agencyId, seededEvents(ctx.records, everyWorker));
    for (const key of Object.keys(made) as (keyof typeof made)[]) made[key] += ctx.records[key].length;
    ctx.records = emptyCareRecords();
  };
  const chunks = byClients(enrollments, CLIENTS_PER_CHUNK);
  for (const [i, chunk] of chunks.entries()) {
    for (const e of chunk) {
      if (e.status === 'ACTIVE' || e.status === 'ON_HOLD') planEnrollmentCare(ctx, e, quota);
      else if (e.status === 'CLOSED') planDischarge(ctx, e);
    }
    // Renewals count a client's assessments across enrollments: a chunk holds all of its clients'.
    planOpenDeadlines(ctx, chunk);
    await write();
    progress.tick(`${label} care`, i + 1, chunks.length, `${label} care ${i + 1}/${chunks.length} chunks of ${CLIENTS_PER_CHUNK} clients (${made.plans} care plans, ${made.tasks} tasks)`);
  }
  const active = enrollments.filter((e) => e.status === 'ACTIVE');
  const workers = everyWorker ? [...new Set(active.map((e) => e.primaryId))] : [ctx.demoCaseManagerId];
  for (const worker of workers) planManualTasks(ctx, worker, active.filter((e) => e.primaryId === worker));
  await write();
  progress.log(
    `${label} care: ${instruments.length} instruments, ${templates.length} plan templates, ${made.assessments} assessments, ${made.plans} care plans, ` +
      `${made.progress} progress entries, ${made.tasks} tasks, ${made.dischargePlans} discharge plans`,
  );
}

/**
 * The trail's record of the care records the seed made. With the workers at work, their own
 * trail tells of the recent progress and tasks, and the seed's line for each of the millions
 * of them would double the seed's time (written, then sealed) for nothing a reader needs.
 */
function seededEvents(records: CareRecords, atWork: boolean): AuditRow[] {
  return [
    ...records.assessments.map((a) => seededEvent(ASSESSMENT, a.id, a.client_id)),
    ...records.personDirectedPlans.map((d) => seededEvent(PERSON_DIRECTED_PLAN, d.id, d.client_id)),
    ...records.plans.map((p) => seededEvent(CARE_PLAN, p.id, p.client_id)),
    ...(atWork ? [] : records.progress.map((e) => seededEvent(PROGRESS_ENTRY, e.id, e.client_id))),
    ...(atWork ? [] : records.tasks.map((k) => seededEvent(TASK_ENTITY, k.id, k.client_id))),
    ...records.dischargePlans.map((d) => seededEvent(DISCHARGE_PLAN, d.id, d.client_id)),
  ];
}

/** The enrollments in groups of `size` clients, each client's enrollments together and in their order. */
function byClients(enrollments: CareEnrollment[], size: number): CareEnrollment[][] {
  const ordinal = new Map<string, number>();
  const chunks: CareEnrollment[][] = [];
  for (const e of enrollments) {
    if (!ordinal.has(e.clientId)) ordinal.set(e.clientId, ordinal.size);
    const index = Math.floor((ordinal.get(e.clientId) as number) / size);
    (chunks[index] ??= []).push(e);
  }
  return chunks.length ? chunks : [[]];
}

/** Who approves plans (the supervisor login, or the admin where there is none) and whose worklist the demo shows. */
async function castCareStaff(read: Read, agencyId: string, demo: DemoAgency) {
  const users = await read<{ id: string; email: string; role: Role }>(`SELECT id, email, role FROM app_user WHERE agency_id = $1 AND active ORDER BY email`, [agencyId]);
  const supervisor = leadSupervisor(users, demo);
  const demoLogin = demo.users.find((u) => u.role === Role.CASE_MANAGER);
  const caseManager = users.find((u) => u.email === demoLogin?.email) ?? users.find((u) => u.role === Role.CASE_MANAGER);
  if (!supervisor || !caseManager) throw new Error('seed: a demo agency needs a case manager and a supervisor or admin');
  return { supervisorId: supervisor.id, demoCaseManagerId: caseManager.id };
}

/** Every enrollment with what its care depends on: the client, the program's rules, and the latest notes of each type. */
async function readEnrollments(read: Read, agencyId: string): Promise<CareEnrollment[]> {
  const rows = await read<EnrollmentRead>(
    `SELECT e.id, e.client_id, c.legal_first_name AS first_name, c.legal_last_name AS last_name, c.primary_language AS language,
            date_part('year', age(current_date, c.date_of_birth))::int AS age, c.address_line1 IS NULL AS unhoused,
            p.code, p.id AS program_id, p.name AS program_name, p.rules, e.status,
            to_char(e.opened_on, 'YYYY-MM-DD') AS opened_on, to_char(e.closed_on, 'YYYY-MM-DD') AS closed_on, e.close_reason,
            e.primary_case_manager_id, served.enrollment_id IS NOT NULL AS served
     FROM enrollment e
     JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
     JOIN program p ON p.agency_id = e.agency_id AND p.id = e.program_id
     -- The enrollments with notes, found once: a probe per enrollment would read every note (none is indexed by enrollment).
     LEFT JOIN (SELECT DISTINCT enrollment_id FROM case_note WHERE agency_id = $1) served ON served.enrollment_id = e.id
     WHERE e.agency_id = $1
     ORDER BY e.created_at, e.id`,
    [agencyId],
  );
  // As the worklist counts visits: the day (UTC) of the client's latest signed note of a type since the enrollment opened.
  const notes = await read<{ enrollment_id: string; note_type: string; day: string }>(
    `SELECT e.id AS enrollment_id, n.note_type, to_char(max(n.occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day
     FROM enrollment e
     JOIN case_note n ON n.agency_id = e.agency_id AND n.client_id = e.client_id AND n.status = 'SIGNED' AND n.occurred_at >= e.opened_on::timestamptz
     WHERE e.agency_id = $1 AND e.closed_on IS NULL
     GROUP BY e.id, n.note_type`,
    [agencyId],
  );
  const lastNotes = new Map<string, Map<string, string>>();
  for (const note of notes) {
    const byType = lastNotes.get(note.enrollment_id) ?? new Map<string, string>();
    byType.set(note.note_type, note.day);
    lastNotes.set(note.enrollment_id, byType);
  }
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    clientName: `${row.first_name} ${row.last_name}`,
    language: row.language,
    age: row.age,
    unhoused: row.unhoused,
    program: row.code,
    programId: row.program_id,
    programName: row.program_name,
    rules: normalizeProgramRules(row.rules),
    status: row.status,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    closeReason: row.close_reason,
    primaryId: row.primary_case_manager_id,
    served: row.served,
    lastNoteOn: lastNotes.get(row.id) ?? new Map(),
  }));
}
