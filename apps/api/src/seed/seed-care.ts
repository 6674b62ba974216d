import type { INestApplicationContext } from '@nestjs/common';
import type { AuditRecord } from '@waymark/api/audit';
import { ASSESSMENT, CARE_PLAN, DISCHARGE_PLAN, PERSON_DIRECTED_PLAN, PLAN_TEMPLATE, PROGRESS_ENTRY, TASK_ENTITY } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import { ActorType, AuditAction, normalizeProgramRules, type ProgramRules, Role, todayIsoDate } from '@waymark/shared/types';
import { emptyCareRecords, type PlanTemplateRow, type SeedInstrument } from './care-seed-rows';
import type { DemoAgency } from './demo-agencies';
import { DEMO_PLAN_TEMPLATES } from './demo-plan-templates';
import type { ProgramCode } from './demo-programs';
import { type CareContext, type CareEnrollment, type DemoQuota, planDischarge, planEnrollmentCare, planManualTasks } from './plan-care';
import { planOpenDeadlines } from './plan-care-deadlines';
import { Random } from './random';
import type { SeedTools } from './seed-client-records';
import { seedId } from './seed-ids';
import { addStarterInstruments } from './starter-care';
import { writeCareRecords, writePlanTemplates } from './write-care-records';

const SEEDED = 'Demo data (db:seed)';

/** Audit rows per insert (each row binds about a dozen parameters). */
const AUDIT_BATCH = 2000;

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

/**
 * A demo agency's care planning, after its client records: the starter instruments and its
 * programs' plan templates, then for each enrollment in service its assessments, care plan
 * versions, progress and worklist, and for each recent discharge its discharge plan and
 * follow-ups. Written with bulk SQL in the caller's transaction; dates count back from today.
 */
export async function seedCareRecords(app: INestApplicationContext, tools: SeedTools, demo: DemoAgency, agencyId: string): Promise<void> {
  const { txHost, audit, log } = tools;
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
  for (const e of enrollments) {
    if (e.status === 'ACTIVE' || e.status === 'ON_HOLD') planEnrollmentCare(ctx, e, quota);
    else if (e.status === 'CLOSED') planDischarge(ctx, e);
  }
  planOpenDeadlines(ctx, enrollments);
  planManualTasks(ctx, enrollments.filter((e) => e.status === 'ACTIVE' && e.primaryId === ctx.demoCaseManagerId));

  const { records } = ctx;
  await writeCareRecords(run, agencyId, records);
  const system = { type: ActorType.SYSTEM, id: null, agencyId };
  const seeded: AuditRecord[] = [
    ...templates.map((t) => ({ actor: system, action: AuditAction.CREATE, entityType: PLAN_TEMPLATE, entityId: t.id, reason: SEEDED })),
    ...records.assessments.map((a) => ({ actor: system, action: AuditAction.CREATE, entityType: ASSESSMENT, entityId: a.id, clientId: a.client_id, reason: SEEDED })),
    ...records.personDirectedPlans.map((d) => ({ actor: system, action: AuditAction.CREATE, entityType: PERSON_DIRECTED_PLAN, entityId: d.id, clientId: d.client_id, reason: SEEDED })),
    ...records.plans.map((p) => ({ actor: system, action: AuditAction.CREATE, entityType: CARE_PLAN, entityId: p.id, clientId: p.client_id, reason: SEEDED })),
    ...records.progress.map((e) => ({ actor: system, action: AuditAction.CREATE, entityType: PROGRESS_ENTRY, entityId: e.id, clientId: e.client_id, reason: SEEDED })),
    ...records.tasks.map((k) => ({ actor: system, action: AuditAction.CREATE, entityType: TASK_ENTITY, entityId: k.id, clientId: k.client_id ?? undefined, reason: SEEDED })),
    ...records.dischargePlans.map((d) => ({ actor: system, action: AuditAction.CREATE, entityType: DISCHARGE_PLAN, entityId: d.id, clientId: d.client_id, reason: SEEDED })),
  ];
  // Progress and tasks run to thousands of rows: one insert per batch stays within PostgreSQL's bind parameters.
  for (let start = 0; start < seeded.length; start += AUDIT_BATCH) await audit.record(...seeded.slice(start, start + AUDIT_BATCH));
  log(`${label} care: ${instruments.length} instruments, ${templates.length} plan templates, ${records.assessments.length} assessments, ${records.plans.length} care plans, ${records.progress.length} progress entries, ${records.tasks.length} tasks, ${records.dischargePlans.length} discharge plans`);
}

/** Who approves plans (the supervisor, or the admin where there is none) and whose worklist the demo shows. */
async function castCareStaff(read: Read, agencyId: string, demo: DemoAgency) {
  const users = await read<{ id: string; email: string; role: Role }>(`SELECT id, email, role FROM app_user WHERE agency_id = $1 AND active ORDER BY email`, [agencyId]);
  const supervisor = users.find((u) => u.role === Role.SUPERVISOR) ?? users.find((u) => u.role === Role.ADMIN);
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
            e.primary_case_manager_id,
            EXISTS (SELECT 1 FROM case_note n WHERE n.agency_id = e.agency_id AND n.enrollment_id = e.id) AS served
     FROM enrollment e
     JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
     JOIN program p ON p.agency_id = e.agency_id AND p.id = e.program_id
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
