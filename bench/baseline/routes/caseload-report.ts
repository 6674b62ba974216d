// Mirrors CaseloadResolver.caseloads → CaseloadService.caseloads (libs/api/client/src/lib/program/caseload.service.ts):
// open cases counted per primary case manager in SQL, then the active case managers and
// supervisors by name (and any other holder of open cases), with each one's share of the average.
import type { FastifyInstance } from 'fastify';
import { type Deps, Refused, signedInRoute } from '../route';

interface Counts {
  workerId: string;
  total: number;
  pending: number;
  active: number;
  onHold: number;
  highRisk: number;
}

interface Worker {
  id: string;
  display_name: string;
}

const NONE = { total: 0, pending: 0, active: 0, onHold: 0, highRisk: 0 };
const USER_SUMMARY = 'SELECT id, display_name, role, active, agency_id FROM app_user';

export function caseloadReport(app: FastifyInstance, deps: Deps): void {
  signedInRoute<Record<string, never>>(app, deps, 'caseload-report', async ({ db, caller }) => {
    if (caller.role !== 'SUPERVISOR' && caller.role !== 'ADMIN') throw new Refused('FORBIDDEN', 'Supervisors and admins see caseloads.');
    // Each worker's clients first (with their cases' statuses), so the counts need no DISTINCT.
    const rows = await db.query<Counts>(
      `SELECT w.worker_id AS "workerId", count(*)::int AS total, count(*) FILTER (WHERE w.pending)::int AS pending,
         count(*) FILTER (WHERE w.active)::int AS active, count(*) FILTER (WHERE w.on_hold)::int AS "onHold", count(h.id)::int AS "highRisk"
       FROM (
         SELECT e.primary_case_manager_id AS worker_id, e.client_id,
           bool_or(e.status = $2) AS pending, bool_or(e.status = $3) AS active, bool_or(e.status = $4) AS on_hold
         FROM enrollment e
         WHERE e.agency_id = $1 AND e.primary_case_manager_id IS NOT NULL AND e.closed_on IS NULL AND ($5::uuid IS NULL OR e.program_id = $5)
         GROUP BY e.primary_case_manager_id, e.client_id
       ) w
       LEFT JOIN client h ON h.agency_id = $1 AND h.id = w.client_id AND h.risk_level = $6
       GROUP BY w.worker_id`,
      [caller.agencyId, 'PENDING', 'ACTIVE', 'ON_HOLD', null, 'HIGH'],
    );
    const counts = new Map(rows.map((row) => [row.workerId, row]));
    const workers = await db.query<Worker>(`${USER_SUMMARY} WHERE active = $1 AND role IN ($2, $3) AND agency_id = $4 ORDER BY display_name ASC, id ASC`, [
      true,
      'CASE_MANAGER',
      'SUPERVISOR',
      caller.agencyId,
    ]);
    const listed = new Set(workers.map((worker) => worker.id));
    const holders = [...counts.keys()].filter((id) => !listed.has(id));
    const everyone = holders.length
      ? [...workers, ...(await db.query<Worker>(`${USER_SUMMARY} WHERE id = ANY($1::uuid[]) AND agency_id = $2`, [holders, caller.agencyId]))]
      : workers;
    const average = everyone.reduce((sum, worker) => sum + (counts.get(worker.id)?.total ?? 0), 0) / (everyone.length || 1);
    return {
      caseloads: everyone.map((worker) => {
        const { total, pending, active, onHold, highRisk } = counts.get(worker.id) ?? NONE;
        return {
          worker: { id: worker.id, displayName: worker.display_name },
          totalClients: total,
          activeClients: active,
          pendingClients: pending,
          onHoldClients: onHold,
          highRiskClients: highRisk,
          shareOfAverage: average ? total / average : null,
        };
      }),
    };
  });
}
