import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditSealer } from '@waymark/api/audit';
import { ASSESSMENT, CARE_PLAN, PROGRESS_ENTRY, TASK_ENTITY } from '@waymark/api/care-plan';
import { ActorType, AuditAction } from '@waymark/shared/types';
import type { SeedTools } from './seed-client-records';
import type { SeedProgress } from './seed-progress';

/** How far back the trail of the workers' own reads and writes goes: a quarter, as a year would triple the seed's time (mostly sealing). */
const ACTIVITY_MONTHS = 3;

/**
 * What each worker did with client records over the past months, as the API would have
 * recorded it: the client's record read before each note, the note written, care
 * plans drafted, assessments completed, progress recorded and tasks done, each at its own
 * time and by its own worker. Made in SQL from the seeded rows (one statement, no rows
 * through Node), in time order so the trail's ids follow its clock.
 */
export async function seedActivity(tools: Pick<SeedTools, 'txHost' | 'progress'>, agencyId: string): Promise<void> {
  const { txHost, progress } = tools;
  const [{ count }] = await txHost.tx.query(
    `WITH since AS (SELECT now() - make_interval(months => $2) AS at),
     done (at, actor, action, entity_type, entity_id, client_id) AS (
       SELECT n.created_at - interval '4 minutes', n.author_id, '${AuditAction.READ}', 'Client', n.client_id::text, n.client_id FROM case_note n WHERE n.agency_id = $1
       UNION ALL SELECT n.created_at, n.author_id, '${AuditAction.CREATE}', 'CaseNote', n.id::text, n.client_id FROM case_note n WHERE n.agency_id = $1
       UNION ALL SELECT p.created_at, p.author_id, '${AuditAction.CREATE}', '${CARE_PLAN}', p.id::text, p.client_id FROM care_plan p WHERE p.agency_id = $1
       UNION ALL SELECT a.completed_at, a.completed_by, '${AuditAction.UPDATE}', '${ASSESSMENT}', a.id::text, a.client_id FROM assessment a WHERE a.agency_id = $1 AND a.completed_by IS NOT NULL
       UNION ALL SELECT e.created_at, e.recorded_by, '${AuditAction.CREATE}', '${PROGRESS_ENTRY}', e.id::text, e.client_id FROM progress_entry e WHERE e.agency_id = $1 AND e.recorded_by IS NOT NULL
       UNION ALL SELECT t.completed_at, t.completed_by, '${AuditAction.UPDATE}', '${TASK_ENTITY}', t.id::text, t.client_id FROM task t WHERE t.agency_id = $1 AND t.completed_by IS NOT NULL
     ),
     made AS (
       INSERT INTO audit_event (occurred_at, agency_id, actor_type, actor_id, action, entity_type, entity_id, client_id)
       SELECT d.at, $1, '${ActorType.USER}', d.actor, d.action, d.entity_type, d.entity_id, d.client_id
       FROM done d, since WHERE d.at > since.at AND d.at <= now()
       ORDER BY d.at
       RETURNING 1
     )
     SELECT count(*)::int AS count FROM made`,
    [agencyId, ACTIVITY_MONTHS],
  );
  progress.log(`seed: audit trail: ${count} reads and writes by the workers over the past ${ACTIVITY_MONTHS} months`);
}

/**
 * Monthly partitions of the trail for the months of activity, made before it is written (and
 * in their own short transaction: making a partition locks the whole trail), so a month's
 * events sit in their month rather than in the default partition.
 */
export async function partitionActivityMonths(app: INestApplicationContext): Promise<void> {
  await app.get<DataSource>(getDataSourceToken()).query(`SELECT audit_event_ensure_partitions(now() - make_interval(months => $1), 2)`, [ACTIVITY_MONTHS]);
}

/**
 * Chains what the seed wrote into the audit trail now, rather than leaving it to the API's
 * sealer: hundreds of thousands of events would keep a freshly started API busy for minutes.
 */
export async function sealSeededTrail(app: INestApplicationContext, progress: SeedProgress): Promise<void> {
  const sealed = await app.get(AuditSealer).sealPending();
  progress.log(`seed: audit trail: ${sealed} events sealed`);
}
