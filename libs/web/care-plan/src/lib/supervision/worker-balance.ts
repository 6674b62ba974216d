import type { SupervisionBalanceQuery } from '@waymark/web/core';

type Caseload = SupervisionBalanceQuery['caseloads'][number];
type TaskLoad = SupervisionBalanceQuery['taskLoads'][number];

/** One worker's row of the balance: their cases by status and risk beside their open work by timing. */
export interface WorkerBalance {
  worker: Caseload['worker'];
  caseload: Omit<Caseload, 'worker' | '__typename'>;
  tasks: Omit<TaskLoad, 'worker' | '__typename'>;
}

const NO_CASES = { totalClients: 0, pendingClients: 0, activeClients: 0, onHoldClients: 0, highRiskClients: 0, shareOfAverage: null };
const NO_TASKS = { open: 0, overdue: 0, dueThisWeek: 0, oldestOverdueOn: null };

/**
 * The two answers side by side, one row per worker either lists (a worker with tasks but no
 * cases, or the reverse, still shows), by name; the supervisors' queue apart, as it holds no cases.
 */
export function workerBalances(data: SupervisionBalanceQuery): { workers: WorkerBalance[]; queue: WorkerBalance['tasks'] | null } {
  const rows = new Map<string, WorkerBalance>();
  for (const { worker, ...caseload } of data.caseloads) rows.set(worker.id, { worker, caseload, tasks: NO_TASKS });
  let queue: WorkerBalance['tasks'] | null = null;
  for (const { worker, ...tasks } of data.taskLoads) {
    if (!worker) queue = tasks;
    else rows.set(worker.id, { worker, caseload: rows.get(worker.id)?.caseload ?? NO_CASES, tasks });
  }
  const workers = [...rows.values()].sort((a, b) => a.worker.displayName.localeCompare(b.worker.displayName));
  return { workers, queue };
}
