/** The statistical reports the bench runs, each over the year to today for the whole agency (no program, no worker). */
export const REPORT_QUERIES: Record<string, string> = {
  caseload: 'query ($filter: ReportFilterInput!) { caseloadReport(filter: $filter) { asOf totals { total } workers { worker { id } total } } }',
  intakes: 'query ($filter: ReportFilterInput!) { intakeReport(filter: $filter) { intakes discharges months { month intakes } reasons { reason discharges } } }',
  deadlines: 'query ($filter: ReportFilterInput!) { deadlineReport(filter: $filter) { totals { met missed open } groups { group met } months { month met } } }',
  referrals: 'query ($filter: ReportFilterInput!) { referralReport(filter: $filter) { totals { sent medianDaysToService } categories { category sent } } }',
  goals: 'query ($filter: ReportFilterInput!) { goalReport(filter: $filter) { totals { achieved inProgress } domains { domain achieved } } }',
  lateNotes: 'query ($filter: ReportFilterInput!) { lateNoteReport(filter: $filter) { signed late months { month late } } }',
};
