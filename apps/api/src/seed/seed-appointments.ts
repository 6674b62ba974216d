import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { APPOINTMENT, appointmentLine, appointmentTaskLine, TASK_ENTITY } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import {
  type AppointmentKind,
  type AppointmentParty,
  AppointmentStatus,
  appointmentDay,
  appointmentOutcomeDueOn,
  appointmentPrepareDueOn,
  nextWorkingDay,
  Role,
  TaskKind,
  TaskPriority,
  TaskStatus,
  taskDedupeKey,
  TimelineKind,
  todayIsoDate,
  TransportProvider,
} from '@waymark/shared/types';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';
import { sweptEscalation } from './swept-escalation';
import { seededEvent, writeAuditEvents } from './write-audit';
import { writeTimeline } from './write-timeline';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** One demo appointment: when (days from now, at an hour UTC), what, and how it went. */
interface Plan {
  kind: AppointmentKind;
  days: number;
  hour: number;
  purpose: string;
  location: string;
  withWhom: string;
  transport: TransportProvider | null;
  parties: { party: AppointmentParty; name: string | null; told: boolean }[];
  status: AppointmentStatus;
  outcomeNote: string | null;
  followUp?: boolean;
}

const PLANS: Plan[] = [
  {
    kind: 'DOCTOR',
    days: -12,
    hour: 15,
    purpose: 'Annual physical',
    location: '210 Main St, Riverside',
    withWhom: 'Dr. Amara Patel',
    transport: TransportProvider.CASE_MANAGER,
    parties: [{ party: 'NURSING_TEAM', name: null, told: true }],
    status: AppointmentStatus.KEPT,
    outcomeNote: 'Blood pressure medication adjusted; the nursing team has the new dose.',
  },
  {
    kind: 'BENEFITS_OFFICE',
    days: -3,
    hour: 14,
    purpose: 'SNAP recertification interview',
    location: 'County Human Services, 55 Court St',
    withWhom: 'Eligibility worker',
    transport: TransportProvider.AGENCY_VAN,
    parties: [{ party: 'GUARDIAN', name: null, told: true }],
    status: AppointmentStatus.MISSED,
    outcomeNote: 'Not home when the van arrived; the phone goes to voicemail.',
    followUp: true,
  },
  {
    kind: 'THERAPIST',
    days: -1,
    hour: 16,
    purpose: 'Weekly counseling',
    location: 'Riverside Counseling Center, 18 Elm Ave',
    withWhom: 'Jordan Reyes, LCSW',
    transport: null,
    parties: [],
    status: AppointmentStatus.SCHEDULED,
    outcomeNote: null,
  },
  {
    kind: 'DOCTOR',
    days: 2,
    hour: 15,
    purpose: 'Follow-up on blood pressure',
    location: '210 Main St, Riverside',
    withWhom: 'Dr. Amara Patel',
    transport: TransportProvider.CASE_MANAGER,
    parties: [
      { party: 'NURSING_TEAM', name: null, told: false },
      { party: 'RESIDENTIAL_STAFF', name: 'Maple House', told: true },
    ],
    status: AppointmentStatus.SCHEDULED,
    outcomeNote: null,
  },
  {
    kind: 'COURT',
    days: 6,
    hour: 13,
    purpose: 'Guardianship review hearing',
    location: 'Riverside County Courthouse, Room 204',
    withWhom: 'Judge Linda Moss',
    transport: TransportProvider.DIRECTORY_SERVICE,
    parties: [{ party: 'GUARDIAN', name: null, told: false }],
    status: AppointmentStatus.SCHEDULED,
    outcomeNote: null,
  },
];

/**
 * The first demo agency's appointments: past ones with their outcomes (a missed one with its
 * follow-up), one awaiting its outcome, upcoming ones with transport and people still to
 * tell, for the demo case manager's clients, with their reminders, timeline lines and audit.
 * Made once: an agency that has appointments is left as it is.
 */
export async function seedAppointments(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM appointment WHERE agency_id = $1 LIMIT 1`, async ({ agency, run, read, userOf }) => {
    const worker = await userOf(Role.CASE_MANAGER);
    if (!worker) return;
    const clients = await read<{ client_id: string; enrollment_id: string }>(
      `SELECT DISTINCT ON (c.client_number) c.id AS client_id, e.id AS enrollment_id FROM enrollment e JOIN client c ON c.agency_id = e.agency_id AND c.id = e.client_id
       WHERE e.agency_id = $1 AND e.primary_case_manager_id = $2 AND e.status = 'ACTIVE' AND c.status = 'ACTIVE' ORDER BY c.client_number, e.id LIMIT $3`,
      [agency.id, worker.id, PLANS.length],
    );
    const [ride] = await read<{ id: string; name: string }>(
      `SELECT s.id, s.name || ' (' || o.name || ')' AS name FROM service s JOIN organization o ON o.id = s.organization_id
       WHERE s.status = 'ACTIVE' AND (o.visibility = 'SHARED' OR o.agency_id = $1) ORDER BY (s.name ILIKE '%transport%' OR s.name ILIKE '%ride%') DESC, s.name, s.id LIMIT 1`,
      [agency.id],
    );
    const now = app.get(Clock).now();
    const today = todayIsoDate(now);
    const written = { appointments: 0, tasks: 0 };
    for (const [i, plan] of PLANS.entries()) {
      const client = clients[i % Math.max(1, clients.length)];
      if (!client) break;
      const id = randomUUID();
      const startsAt = new Date(Date.parse(`${todayIsoDate(new Date(now.getTime() + plan.days * DAY))}T${String(plan.hour).padStart(2, '0')}:00:00Z`));
      const bookedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 7 * DAY);
      const decided = plan.status !== AppointmentStatus.SCHEDULED;
      const provider = plan.transport === TransportProvider.DIRECTORY_SERVICE && !ride ? TransportProvider.AGENCY_VAN : plan.transport;
      const parties = plan.parties.map((p) => ({
        id: randomUUID(),
        party: p.party,
        name: p.name,
        toldAt: p.told ? new Date(bookedAt.getTime() + HOUR).toISOString() : null,
        method: p.told ? 'PHONE' : null,
        toldBy: p.told ? worker.id : null,
      }));
      await run(
        `INSERT INTO appointment (id, agency_id, client_id, enrollment_id, kind, purpose, starts_at, ends_at, location, with_whom, transport_needed, transport_provider,
           transport_staff_id, transport_service_id, transport_service_name, pickup_at, parties, responsible_worker_id, booked_by, status, outcome_note,
           outcome_recorded_at, outcome_recorded_by, follow_up_started, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19, $20, $21, $22, $23, $24, $24)`,
        [
          id,
          agency.id,
          client.client_id,
          client.enrollment_id,
          plan.kind,
          plan.purpose,
          startsAt,
          new Date(startsAt.getTime() + HOUR),
          plan.location,
          plan.withWhom,
          provider !== null,
          provider,
          provider === TransportProvider.CASE_MANAGER ? worker.id : null,
          provider === TransportProvider.DIRECTORY_SERVICE ? ride.id : null,
          provider === TransportProvider.DIRECTORY_SERVICE ? ride.name : null,
          provider ? new Date(startsAt.getTime() - HOUR / 2) : null,
          JSON.stringify(parties),
          worker.id,
          plan.status,
          plan.outcomeNote,
          decided ? new Date(startsAt.getTime() + 3 * HOUR) : null,
          decided ? worker.id : null,
          !!plan.followUp,
          bookedAt,
        ],
      );
      const tasks = remindersOf(plan, { id, clientId: client.client_id, startsAt, today, workerId: worker.id, driver: provider === TransportProvider.DIRECTORY_SERVICE ? ride.name : worker.name, provider, parties });
      for (const task of tasks) {
        await run(
          `INSERT INTO task (id, agency_id, client_id, kind, title, details, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key, completed_at, completion_note, escalated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'APPOINTMENT', $11, $12, $13, $14, $15)`,
          [
            task.id, agency.id, client.client_id, task.kind, task.title, task.details, task.status, task.priority, task.dueOn, worker.id, id, task.dedupeKey, task.completedAt, task.note,
            sweptEscalation({ dueOn: task.dueOn, open: task.status === TaskStatus.OPEN }, today, now),
          ],
        );
      }
      const timeline = [{ occurred_at: bookedAt, summary: appointmentLine.booked(plan.kind, startsAt) }];
      if (decided) timeline.push({ occurred_at: new Date(startsAt.getTime() + 3 * HOUR), summary: appointmentLine.outcome(plan.kind, startsAt, plan.status) });
      await writeTimeline(
        run,
        agency.id,
        timeline.map((line) => ({ ...line, client_id: client.client_id, kind: TimelineKind.APPOINTMENT, source_type: APPOINTMENT, source_id: id, actor_id: worker.id })),
      );
      await writeAuditEvents(run, agency.id, [seededEvent(APPOINTMENT, id, client.client_id), ...tasks.map((task) => seededEvent(TASK_ENTITY, task.id, client.client_id))]);
      written.appointments += 1;
      written.tasks += tasks.length;
    }
    progress.log(`seed: appointments of ${agency.name}: ${written.appointments} appointments, ${written.tasks} reminders`);
  });
}

interface SeedTask {
  id: string;
  kind: TaskKind;
  title: string;
  details: string | null;
  status: TaskStatus;
  priority: TaskPriority;
  dueOn: string;
  dedupeKey: string;
  completedAt: Date | null;
  note: string | null;
}

/** The reminders the API would have written for the appointment, closed as its outcome closed them. */
function remindersOf(
  plan: Plan,
  a: { id: string; clientId: string; startsAt: Date; today: string; workerId: string; driver: string; provider: TransportProvider | null; parties: { party: AppointmentParty; name: string | null; toldAt: string | null }[] },
): SeedTask[] {
  const day = appointmentDay(a.startsAt);
  const decided = plan.status !== AppointmentStatus.SCHEDULED;
  const closedAt = decided ? new Date(a.startsAt.getTime() + 3 * HOUR) : null;
  const closed = { status: decided ? TaskStatus.DONE : TaskStatus.OPEN, completedAt: closedAt, note: decided ? 'The outcome of the appointment is recorded.' : null };
  const details = appointmentTaskLine.details(a.provider ? { provider: a.provider, by: a.provider === TransportProvider.CASE_MANAGER || a.provider === TransportProvider.DIRECTORY_SERVICE ? a.driver : null } : null, a.parties.filter((p) => !p.toldAt));
  const tasks: SeedTask[] = [
    {
      id: randomUUID(),
      kind: TaskKind.APPOINTMENT_PREPARE,
      title: appointmentTaskLine.prepare(plan.kind, a.startsAt),
      details,
      priority: TaskPriority.NORMAL,
      dueOn: appointmentPrepareDueOn(a.startsAt, decided ? '0000-01-01' : a.today),
      dedupeKey: taskDedupeKey(TaskKind.APPOINTMENT_PREPARE, a.id, day),
      ...closed,
    },
    {
      id: randomUUID(),
      kind: TaskKind.APPOINTMENT_OUTCOME,
      title: appointmentTaskLine.outcome(plan.kind, a.startsAt),
      details,
      priority: TaskPriority.NORMAL,
      dueOn: appointmentOutcomeDueOn(a.startsAt),
      dedupeKey: taskDedupeKey(TaskKind.APPOINTMENT_OUTCOME, a.id, day),
      ...closed,
    },
  ];
  // A past appointment still awaiting its outcome was prepared for: its preparation is done.
  if (!decided && a.startsAt.getTime() < Date.parse(`${a.today}T00:00:00Z`)) Object.assign(tasks[0], { status: TaskStatus.DONE, completedAt: new Date(a.startsAt.getTime() - DAY), note: 'Prepared.' });
  if (plan.followUp) {
    tasks.push({
      id: randomUUID(),
      kind: TaskKind.APPOINTMENT_MISSED,
      title: appointmentTaskLine.missed(plan.kind, a.startsAt),
      details: plan.outcomeNote,
      status: TaskStatus.OPEN,
      priority: TaskPriority.HIGH,
      dueOn: nextWorkingDay(day),
      dedupeKey: taskDedupeKey(TaskKind.APPOINTMENT_MISSED, a.id, day),
      completedAt: null,
      note: null,
    });
  }
  return tasks;
}
