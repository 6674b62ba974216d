import { type Operation, SINGLE_RATIO } from './operation';

/** The supervisor's caseload report: each worker's open cases and their share of the average. */
export const caseloadReport: Operation = {
  id: 'caseload-report',
  caller: 'supervisor',
  document: `query BenchCaseloadReport {
  caseloads {
    worker { id displayName }
    totalClients activeClients pendingClients onHoldClients highRiskClients shareOfAverage
  }
}`,
  variables: () => ({}),
  minRatio: SINGLE_RATIO,
};
