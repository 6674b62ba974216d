import { isCalendarDate, REPORT_PERIOD_PICKS, reportPeriod, ReportPeriodPick, reportPeriodProblem, type ReportFilter } from '@waymark/shared/types';

export interface ReportFilterValues extends ReportFilter {
  programId: string | null;
  workerId: string | null;
}

/** The filter lives in the address (`?from=2026-07-01&to=2026-09-30&program=<id>&worker=<id>`), so a report can be shared as a link; this quarter by default, or when a day is not one the calendar has. */
export function filterFromParams(params: URLSearchParams, today: string): ReportFilterValues {
  const from = params.get('from');
  const to = params.get('to');
  const period = isCalendarDate(from) && isCalendarDate(to) ? { from, to } : reportPeriod(ReportPeriodPick.THIS_QUARTER, today);
  return { ...period, programId: params.get('program') || null, workerId: params.get('worker') || null };
}

export function filterToParams({ from, to, programId, workerId }: ReportFilterValues): URLSearchParams {
  const params = new URLSearchParams({ from, to });
  if (programId) params.set('program', programId);
  if (workerId) params.set('worker', workerId);
  return params;
}

/** The quick pick the period matches, if any, so its button shows as chosen. */
export function pickOf({ from, to }: ReportFilter, today: string): ReportPeriodPick | null {
  return REPORT_PERIOD_PICKS.find((pick) => {
    const period = reportPeriod(pick, today);
    return period.from === from && period.to === to;
  }) ?? null;
}

/** Whether the reports can run on the filter: a period in order and not too long. */
export const periodProblem = ({ from, to }: ReportFilter) => reportPeriodProblem(from, to);
