import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { EMERGENCY_CALL, ON_CALL_SHIFT, onCallLine, TASK_ENTITY } from '@waymark/api/care-plan';
import { AppConfig, Clock } from '@waymark/api/common';
import {
  addDays,
  CALL_FOLLOW_UP_PRIORITY,
  callFollowUpDueOn,
  type CallerRelation,
  type CallSeverity,
  OnCallTier,
  Role,
  TaskKind,
  TaskStatus,
  taskDedupeKey,
  TimelineKind,
  todayIsoDate,
} from '@waymark/shared/types';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';
import { sweptEscalation } from './swept-escalation';
import { seededEvent, writeAuditEvents } from './write-audit';
import { writeTimeline } from './write-timeline';

/** The roster runs from a few days back to this many days ahead of the seed. */
const ROSTER_DAYS_BACK = 3;
const ROSTER_DAYS_AHEAD = 10;
/** Shifts change hands at 16:00 UTC (8 a.m. on the US west coast), so someone is always on call. */
const HANDOVER = 'T16:00:00.000Z';

/** One demo call: how long ago, who called, what happened and was done; about the demo case manager's client of that index, or nobody. */
interface CallPlan {
  hoursAgo: number;
  clientIndex: number | null;
  callerName: string;
  callerRelation: CallerRelation;
  callerPhone: string | null;
  whatHappened: string;
  actionTaken: string;
  severity: CallSeverity;
  /** The morning's follow-up, already recorded; null leaves it open on the worklist. */
  followUpNote: string | null;
}

const CALLS: CallPlan[] = [
  {
    hoursAgo: 58,
    clientIndex: 1,
    callerName: 'Teresa Nguyen',
    callerRelation: 'FAMILY',
    callerPhone: '(555) 014-2291',
    whatHappened: 'Her son was pacing and shouting after a phone call with his father; she could not calm him with the usual routine.',
    actionTaken: 'Talked him through the calming routine on speaker for twenty minutes; he settled and went to bed. Told Teresa to call back if it started again.',
    severity: 'MODERATE',
    followUpNote: 'Visited the next morning: calm, slept well. Agreed with Teresa to add the father’s calls to the behaviour plan’s triggers.',
  },
  {
    hoursAgo: 9,
    clientIndex: 0,
    callerName: 'Marcus Bell',
    callerRelation: 'RESIDENTIAL_STAFF',
    callerPhone: '(555) 014-7730',
    whatHappened: 'Refused the evening medication twice and said his stomach hurt; no fever, eating little.',
    actionTaken: 'Called the pharmacy consultant: the dose can wait until morning. Asked staff to check on him every two hours and call 911 if the pain gets worse.',
    severity: 'HIGH',
    followUpNote: null,
  },
  {
    hoursAgo: 30,
    clientIndex: null,
    callerName: 'Unknown caller',
    callerRelation: 'NEIGHBOR',
    callerPhone: null,
    whatHappened: 'Asked whether the agency runs the group home on Elm Street; worried about loud music late at night.',
    actionTaken: 'Explained we cannot share who lives there; gave the property manager’s public number.',
    severity: 'LOW',
    followUpNote: null,
  },
];

/**
 * The first demo agency's on-call work: a roster around today (the demo case manager and
 * staff taking turns as primary, the supervisor as backup) and a few logged calls — one
 * followed up, one whose follow-up waits on the case manager's worklist, one about nobody
 * known. Made once: an agency that has a roster is left as it is.
 */
export async function seedOnCall(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  const timeZone = app.get(AppConfig).ON_CALL_TIME_ZONE;
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM on_call_shift WHERE agency_id = $1 LIMIT 1`, async ({ demo, agency, run, read, emailOf, firstClientsOf }) => {
    const staffEmails = demo.staff.filter((user) => user.role === Role.CASE_MANAGER).map((user) => user.email);
    const people = await read<{ id: string; email: string }>(`SELECT id, email FROM app_user WHERE agency_id = $1 AND email = ANY($2) AND active`, [
      agency.id,
      [emailOf(Role.CASE_MANAGER), emailOf(Role.SUPERVISOR), emailOf(Role.ADMIN), ...staffEmails],
    ]);
    const idOf = (email: string | undefined) => people.find((person) => person.email === email)?.id;
    const [worker, supervisor, admin] = [idOf(emailOf(Role.CASE_MANAGER)), idOf(emailOf(Role.SUPERVISOR)), idOf(emailOf(Role.ADMIN))];
    if (!worker || !supervisor || !admin) return;
    const primaries = [worker, ...staffEmails.map(idOf).filter((id): id is string => !!id)];
    const today = todayIsoDate(app.get(Clock).now());

    const shifts: { id: string; userId: string; tier: OnCallTier; from: string; to: string; phone: string | null }[] = [];
    for (let day = -ROSTER_DAYS_BACK; day < ROSTER_DAYS_AHEAD; day++) {
      const userId = primaries[(day + ROSTER_DAYS_BACK) % primaries.length];
      shifts.push({ id: randomUUID(), userId, tier: OnCallTier.PRIMARY, from: addDays(today, day), to: addDays(today, day + 1), phone: '(555) 010-7000' });
    }
    for (let week = -ROSTER_DAYS_BACK; week < ROSTER_DAYS_AHEAD; week += 7) {
      shifts.push({ id: randomUUID(), userId: week < 0 ? supervisor : admin, tier: OnCallTier.BACKUP, from: addDays(today, week), to: addDays(today, week + 7), phone: null });
    }
    for (const shift of shifts) {
      await run(`INSERT INTO on_call_shift (id, agency_id, user_id, tier, starts_at, ends_at, phone, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
        shift.id,
        agency.id,
        shift.userId,
        shift.tier,
        `${shift.from}${HANDOVER}`,
        `${shift.to}${HANDOVER}`,
        shift.phone,
        supervisor,
      ]);
    }

    const clients = await firstClientsOf(worker, 2);
    const now = app.get(Clock).now();
    const audit = shifts.map((shift) => seededEvent(ON_CALL_SHIFT, shift.id));
    let followUps = 0;
    for (const plan of CALLS) {
      const clientId = plan.clientIndex === null ? null : (clients[plan.clientIndex]?.id ?? null);
      const id = randomUUID();
      const receivedAt = new Date(now.getTime() - plan.hoursAgo * 3600_000);
      const followUpNeeded = clientId !== null;
      const dueOn = followUpNeeded ? callFollowUpDueOn(receivedAt, timeZone) : null;
      const followedUpAt = followUpNeeded && plan.followUpNote ? new Date(receivedAt.getTime() + 12 * 3600_000) : null;
      await run(
        `INSERT INTO emergency_call (id, agency_id, received_at, caller_name, caller_relation, caller_phone, client_id, what_happened, action_taken, severity, taken_by,
           follow_up_needed, follow_up_due_on, follow_up_assignee_id, follow_up_note, followed_up_by, followed_up_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [
          id, agency.id, receivedAt, plan.callerName, plan.callerRelation, plan.callerPhone, clientId, plan.whatHappened, plan.actionTaken, plan.severity, supervisor,
          followUpNeeded, dueOn, followUpNeeded ? worker : null, followedUpAt ? plan.followUpNote : null, followedUpAt ? worker : null, followedUpAt, followedUpAt ? 2 : 1,
        ],
      );
      audit.push(seededEvent(EMERGENCY_CALL, id, clientId));
      if (!clientId || !dueOn) continue;
      const taskId = randomUUID();
      await run(
        `INSERT INTO task (id, agency_id, client_id, kind, title, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key, completed_at, completion_note, escalated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'EMERGENCY_CALL', $10, $11, $12, $13, $14)`,
        [
          taskId, agency.id, clientId, TaskKind.ON_CALL_FOLLOW_UP, 'Follow up the after-hours call', followedUpAt ? TaskStatus.DONE : TaskStatus.OPEN,
          CALL_FOLLOW_UP_PRIORITY[plan.severity], dueOn, worker, id, taskDedupeKey(TaskKind.ON_CALL_FOLLOW_UP, id, dueOn),
          followedUpAt, followedUpAt ? 'Followed up: see the call in the on-call log' : null, sweptEscalation({ dueOn, open: !followedUpAt }, today, now),
        ],
      );
      audit.push(seededEvent(TASK_ENTITY, taskId, clientId));
      followUps += 1;
      await writeTimeline(run, agency.id, [
        { client_id: clientId, occurred_at: receivedAt, kind: TimelineKind.EMERGENCY_CALL, source_type: EMERGENCY_CALL, source_id: id, summary: onCallLine.received(plan.callerRelation, plan.severity), actor_id: supervisor },
        ...(followedUpAt
          ? [{ client_id: clientId, occurred_at: followedUpAt, kind: TimelineKind.EMERGENCY_CALL, source_type: EMERGENCY_CALL, source_id: id, summary: onCallLine.followedUp(), actor_id: worker }]
          : []),
      ]);
    }
    await writeAuditEvents(run, agency.id, audit);
    progress.log(`seed: on call at ${agency.name}: ${shifts.length} shifts, ${CALLS.length} calls, ${followUps} follow-ups`);
  });
}
