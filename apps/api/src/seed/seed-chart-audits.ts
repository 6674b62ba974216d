import type { INestApplicationContext } from '@nestjs/common';
import { ChartAuditService, TASK_ENTITY } from '@waymark/api/care-plan';
import { Clock, RequestContext } from '@waymark/api/common';
import { ActorType, addDays, quarterOf, Role, todayIsoDate } from '@waymark/shared/types';
import type { DemoAgency } from './demo-agencies';
import { onceForFirstDemoAgency } from './first-demo-agency';
import type { SeedProgress } from './seed-progress';
import { seededEvent, writeAuditEvents } from './write-audit';

/** The demo audit's seed: the same sample of the demo case manager's charts on every fresh seed of the same data. */
const SEED = 'demo-chart-audit';

/**
 * The first demo agency's chart audit of the running quarter, started by its supervisor
 * through the chart-audit service itself (so the sample is stored and the automatic items are
 * pre-filled from the seeded records): three of the demo case manager's charts, and a
 * corrective action on the first for the case manager, which waits on their worklist. Made
 * once: an agency that has a chart audit is left as it is.
 */
export async function seedChartAudits(app: INestApplicationContext, progress: SeedProgress, demos: readonly DemoAgency[]): Promise<void> {
  await onceForFirstDemoAgency(app, demos, `SELECT 1 FROM chart_audit WHERE agency_id = $1 LIMIT 1`, async ({ agency, run, read, emailOf }) => {
    const people = await read<{ id: string; email: string }>(`SELECT id, email FROM app_user WHERE agency_id = $1 AND email = ANY($2) AND active`, [
      agency.id,
      [emailOf(Role.SUPERVISOR), emailOf(Role.CASE_MANAGER)],
    ]);
    const supervisor = people.find((person) => person.email === emailOf(Role.SUPERVISOR));
    const worker = people.find((person) => person.email === emailOf(Role.CASE_MANAGER));
    if (!supervisor || !worker) return;
    const today = todayIsoDate(app.get(Clock).now());
    const quarter = quarterOf(today);
    const [charts] = await read<{ count: string }>(
      `SELECT count(*) FROM enrollment WHERE agency_id = $1 AND primary_case_manager_id = $2 AND closed_on IS NULL AND opened_on <= $3`,
      [agency.id, worker.id, today],
    );
    if (!Number(charts.count)) return;
    app.get(RequestContext).setPrincipal({ actorType: ActorType.USER, id: supervisor.id, agencyId: agency.id, role: Role.SUPERVISOR, sessionId: supervisor.id, mustChangePassword: false });
    const audits = app.get(ChartAuditService, { strict: false });
    const auditId = await audits.start({ quarter, workerId: worker.id, sampleSize: 3, seed: SEED });
    const [chart] = await read<{ id: string }>(`SELECT id FROM chart_audit_chart WHERE agency_id = $1 AND chart_audit_id = $2 ORDER BY position LIMIT 1`, [agency.id, auditId]);
    await audits.assign({
      chartId: chart.id,
      itemKey: 'notes-signed',
      what: 'Sign this quarter’s visit notes on time, and sign the ones still in draft.',
      assigneeId: worker.id,
      dueOn: addDays(today, 14),
    });
    // Marked as seeded too, as every task the demo seed writes is.
    const tasks = await read<{ id: string; client_id: string }>(`SELECT id, client_id FROM task WHERE agency_id = $1 AND subject_type = 'CHART_AUDIT' AND subject_id = $2`, [agency.id, auditId]);
    await writeAuditEvents(run, agency.id, tasks.map((task) => seededEvent(TASK_ENTITY, task.id, task.client_id)));
    progress.log(`seed: chart audit of ${agency.name} for ${quarter}, with a corrective action`);
  });
}
