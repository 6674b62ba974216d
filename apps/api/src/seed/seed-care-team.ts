import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { CARE_TEAM_TRAINING, TASK_ENTITY, trainingLine } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import {
  addDays,
  refresherDedupeKey,
  Role,
  TaskKind,
  TaskPriority,
  TaskStatus,
  TimelineKind,
  todayIsoDate,
  traineeKey,
  type TraineeRole,
  trainingRefreshDueOn,
  type TrainingTopic,
} from '@waymark/shared/types';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';
import { sweptEscalation } from './swept-escalation';
import { seededEvent, writeAuditEvents } from './write-audit';
import { writeTimeline } from './write-timeline';

/** One demo training: its topic, how long ago, who trained (the demo worker when no name), and who was trained. */
interface Plan {
  topic: TrainingTopic;
  /** Days before today. */
  daysAgo: number;
  description: string;
  trainerName: string | null;
  trainees: { name: string; role: TraineeRole }[];
}

/**
 * Trainings around the demo case manager's first client: medication support a year and more
 * ago (its refreshers overdue), reporting abuse and neglect lately, a diet due soon; and one
 * around their second client. Each is [client index, plan].
 */
const PLANS: [number, Plan][] = [
  [
    0,
    {
      topic: 'MEDICATION_SUPPORT',
      daysAgo: 400,
      description: 'Morning and evening doses from the blister pack, what to do when a dose is refused, and how to chart it on the MAR.',
      trainerName: 'Priya Shah, RN (pharmacy consultant)',
      trainees: [
        { name: 'Marcus Bell', role: 'RESIDENTIAL_STAFF' },
        { name: 'Lena Ortiz', role: 'RESIDENTIAL_STAFF' },
      ],
    },
  ],
  [
    0,
    {
      topic: 'ABUSE_NEGLECT_EXPLOITATION_REPORTING',
      daysAgo: 45,
      description: 'Signs of abuse, neglect and exploitation; the state hotline, and who to tell the same day.',
      trainerName: null,
      trainees: [
        { name: 'Marcus Bell', role: 'RESIDENTIAL_STAFF' },
        { name: 'Lena Ortiz', role: 'RESIDENTIAL_STAFF' },
        { name: 'Grace Kim', role: 'DAY_PROGRAM' },
      ],
    },
  ],
  [
    0,
    {
      topic: 'DIET',
      daysAgo: 715,
      description: 'Low-sodium meals, thickened liquids at dinner, and the foods to keep out of the house.',
      trainerName: 'Dana Flores, RD',
      trainees: [{ name: 'Lena Ortiz', role: 'RESIDENTIAL_STAFF' }],
    },
  ],
  [
    1,
    {
      topic: 'BEHAVIOUR_PLAN',
      daysAgo: 20,
      description: 'Early signs of distress, the calming routine, and when to call the on-call worker.',
      trainerName: null,
      trainees: [{ name: 'Teresa Nguyen', role: 'FAMILY' }],
    },
  ],
];

/**
 * The first demo agency's care-team training, for the demo case manager's clients: a history
 * with refreshers on the worklist (one overdue, one due soon), each on the client's timeline
 * and in the trail. Made once: an agency that has trainings is left as it is.
 */
export async function seedCareTeam(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM care_team_training WHERE agency_id = $1 LIMIT 1`, async ({ agency, run, userOf, firstClientsOf }) => {
    const worker = await userOf(Role.CASE_MANAGER);
    if (!worker) return;
    const clients = await firstClientsOf(worker.id, 2);
    const now = app.get(Clock).now();
    const today = todayIsoDate(now);
    const written = { trainings: 0, refreshers: 0 };
    for (const [index, plan] of PLANS) {
      const client = clients[index];
      if (!client) continue;
      const id = randomUUID();
      const trainedOn = addDays(today, -plan.daysAgo);
      const dueOn = trainingRefreshDueOn(trainedOn, plan.topic);
      await run(
        `INSERT INTO care_team_training (id, agency_id, client_id, topic, description, trained_on, trainer_id, trainer_name, refresh_due_on, recorded_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
        [id, agency.id, client.id, plan.topic, plan.description, trainedOn, plan.trainerName ? null : worker.id, plan.trainerName, dueOn, worker.id, new Date(`${trainedOn}T16:00:00Z`)],
      );
      const trainees = plan.trainees.map((trainee, position) => ({ id: randomUUID(), position, ...trainee }));
      for (const trainee of trainees) {
        await run(
          `INSERT INTO care_team_trainee (id, agency_id, training_id, client_id, position, name, role, person_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [trainee.id, agency.id, id, client.id, trainee.position, trainee.name, trainee.role, traineeKey(trainee)],
        );
      }
      const tasks = dueOn ? trainees.map((trainee) => ({ id: randomUUID(), trainee, dueOn })) : [];
      for (const { id: taskId, trainee, dueOn: due } of tasks) {
        await run(
          `INSERT INTO task (id, agency_id, client_id, kind, title, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key, escalated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'TRAINING', $10, $11, $12)`,
          [
            taskId, agency.id, client.id, TaskKind.TRAINING_REFRESHER, trainingLine.refresherTitle(plan.topic, trainee.name), TaskStatus.OPEN, TaskPriority.NORMAL, due, worker.id, trainee.id,
            refresherDedupeKey(client.id, plan.topic, trainee.id, due), sweptEscalation({ dueOn: due, open: true }, today, now),
          ],
        );
      }
      await writeTimeline(run, agency.id, [
        { client_id: client.id, occurred_at: new Date(`${trainedOn}T16:00:00Z`), kind: TimelineKind.TRAINING, source_type: CARE_TEAM_TRAINING, source_id: id, summary: trainingLine.recorded(plan.topic, trainees.length), actor_id: worker.id },
      ]);
      await writeAuditEvents(run, agency.id, [seededEvent(CARE_TEAM_TRAINING, id, client.id), ...tasks.map((task) => seededEvent(TASK_ENTITY, task.id, client.id))]);
      written.trainings += 1;
      written.refreshers += tasks.length;
    }
    progress.log(`seed: care-team training of ${agency.name}: ${written.trainings} trainings, ${written.refreshers} refreshers`);
  });
}
