import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { emergencyAccessReviewTask, TASK_ENTITY } from '@waymark/api/care-plan';
import { Clock } from '@waymark/api/common';
import { ActorType, AuditAction, Role, TaskStatus, todayIsoDate } from '@waymark/shared/types';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';
import { sweptEscalation } from './swept-escalation';
import { type AuditRow, seededEvent, writeAuditEvents } from './write-audit';

const REASON = 'Caller said the client collapsed at the day program; the case team was unreachable and the medication list was needed for the paramedics';

/**
 * The first demo agency's break-the-glass: the demo intake worker opened an active client's
 * record in an emergency this morning (the hour has passed, so the record is closed to them
 * again), the trail has the BREAK_GLASS event, and the supervisors' queue its
 * EMERGENCY_ACCESS_REVIEW. Made once: an agency with an emergency grant is left as it is.
 */
export async function seedEmergencyAccess(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM client_access_grant WHERE agency_id = $1 AND emergency LIMIT 1`, async ({ agency, run, read, userOf }) => {
    const intake = await userOf(Role.INTAKE);
    const [client] = await read<{ id: string; client_number: string }>(
      `SELECT id, client_number FROM client WHERE agency_id = $1 AND status = 'ACTIVE' AND merged_into_id IS NULL ORDER BY client_number DESC LIMIT 1`,
      [agency.id],
    );
    if (!intake || !client) return;
    const now = app.get(Clock).now();
    const grantedAt = new Date(now.getTime() - 3 * 3600_000);
    const expiresAt = new Date(grantedAt.getTime() + 3600_000);
    const grantId = randomUUID();
    await run(
      `INSERT INTO client_access_grant (id, agency_id, client_id, user_id, reason, granted_at, expires_at, emergency) VALUES ($1, $2, $3, $4, $5, $6, $7, true)`,
      [grantId, agency.id, client.id, intake.id, REASON, grantedAt, expiresAt],
    );
    const today = todayIsoDate(now);
    const task = emergencyAccessReviewTask(
      { grantId, clientId: client.id, clientNumber: client.client_number, userId: intake.id, reason: REASON, grantedAt, expiresAt },
      intake.name,
      todayIsoDate(grantedAt),
    );
    const taskId = randomUUID();
    await run(
      `INSERT INTO task (id, agency_id, client_id, kind, title, details, status, priority, due_on, assignee_id, subject_type, subject_id, dedupe_key, escalated_at, created_at, updated_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, $11, $12, $13, $14, $14, 1)`,
      [
        taskId, agency.id, client.id, task.kind, task.title, task.details, TaskStatus.OPEN, task.priority, task.dueOn, task.subjectType, task.subjectId, task.dedupeKey,
        sweptEscalation({ dueOn: task.dueOn, open: true }, today, now), grantedAt,
      ],
    );
    const audit: AuditRow[] = [
      { occurred_at: grantedAt, actor_type: ActorType.USER, actor_id: intake.id, action: AuditAction.BREAK_GLASS, entity_type: 'ClientAccessGrant', entity_id: grantId, client_id: client.id, reason: REASON },
      { occurred_at: new Date(grantedAt.getTime() + 60_000), actor_type: ActorType.USER, actor_id: intake.id, action: AuditAction.READ, entity_type: 'Client', entity_id: client.id, client_id: client.id, reason: null },
      seededEvent(TASK_ENTITY, taskId, client.id),
    ];
    await writeAuditEvents(run, agency.id, audit);
    progress.log(`seed: emergency access at ${agency.name}: ${client.client_number} opened by ${intake.name}, review in the supervisors' queue`);
  });
}
