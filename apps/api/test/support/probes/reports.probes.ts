const FILTER = 'filter: { from: "2025-10-01", to: "2025-12-31" }';

/** One unauthenticated call per statistical report, for the policy spec. */
export const probes: Record<string, string> = {
  reportWorkers: '{ reportWorkers { id } }',
  caseloadReport: `{ caseloadReport(${FILTER}) { asOf } }`,
  intakeReport: `{ intakeReport(${FILTER}) { intakes } }`,
  lateNoteReport: `{ lateNoteReport(${FILTER}) { late } }`,
  deadlineReport: `{ deadlineReport(${FILTER}) { totals { met } } }`,
  goalReport: `{ goalReport(${FILTER}) { totals { achieved } } }`,
  referralReport: `{ referralReport(${FILTER}) { totals { sent } } }`,
};
