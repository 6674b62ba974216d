/** One worker's caseload on a day, as the caseload report counts it; without a worker, every client on the day once. */
export interface CaseloadReportRow {
  workerId: string | null;
  total: number;
  pending: number;
  active: number;
  onHold: number;
  closedSince: number;
  lowRisk: number;
  moderateRisk: number;
  highRisk: number;
}
