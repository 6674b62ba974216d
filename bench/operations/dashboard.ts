import { COMPOSITE_RATIO, type Operation } from './operation';

/** A case manager's dashboard: the caseload with each client's next task, and the overdue tasks. */
export const dashboard: Operation = {
  id: 'dashboard',
  caller: 'caseManager',
  document: `query BenchDashboard($first: Int!) {
  myCaseload(first: $first) {
    totalCount
    edges { node { id displayName riskLevel nextTask { id title dueOn } } }
  }
  overdue: myTasks(timing: OVERDUE, first: $first) {
    totalCount
    edges { node { id title dueOn clientId } }
  }
}`,
  variables: (_fixtures, _i, page) => ({ first: page }),
  pages: { load: 25, compare: [5, 25] },
  minRatio: COMPOSITE_RATIO,
};
