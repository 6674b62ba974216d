import { Role } from '../role';

/** A checklist item the system answers itself from the chart, with its evidence. */
export const ChartAuditCheck = {
  /** Every instrument the program requires is completed and not past its renewal. */
  ASSESSMENTS_CURRENT: 'ASSESSMENTS_CURRENT',
  /** An approved plan in force, acknowledged by the client, whose review is not overdue. */
  PLAN_SIGNED_AND_REVIEWED: 'PLAN_SIGNED_AND_REVIEWED',
  /** Every contact note of the quarter signed within the item's number of days. */
  NOTES_SIGNED_ON_TIME: 'NOTES_SIGNED_ON_TIME',
  /** What is shared under a consent (an open referral) is shared under one still in force. */
  CONSENTS_VALID: 'CONSENTS_VALID',
  /** No referral left without an answer or an outcome past its follow-up day. */
  REFERRALS_FOLLOWED_UP: 'REFERRALS_FOLLOWED_UP',
} as const;
export type ChartAuditCheck = (typeof ChartAuditCheck)[keyof typeof ChartAuditCheck];
export const CHART_AUDIT_CHECKS = Object.values(ChartAuditCheck);

export const ChartAuditResult = {
  PASS: 'PASS',
  FAIL: 'FAIL',
  NOT_APPLICABLE: 'NOT_APPLICABLE',
} as const;
export type ChartAuditResult = (typeof ChartAuditResult)[keyof typeof ChartAuditResult];
export const CHART_AUDIT_RESULTS = Object.values(ChartAuditResult);

export const ChartAuditStatus = {
  IN_PROGRESS: 'IN_PROGRESS',
  COMPLETED: 'COMPLETED',
} as const;
export type ChartAuditStatus = (typeof ChartAuditStatus)[keyof typeof ChartAuditStatus];

/** How charts are picked besides at random from all in the quarter. */
export const ChartAuditSampleRule = {
  /** Clients whose risk level is HIGH. */
  HIGH_RISK: 'HIGH_RISK',
  /** Enrollments opened during the quarter. */
  OPENED_IN_QUARTER: 'OPENED_IN_QUARTER',
} as const;
export type ChartAuditSampleRule = (typeof ChartAuditSampleRule)[keyof typeof ChartAuditSampleRule];
export const CHART_AUDIT_SAMPLE_RULES = Object.values(ChartAuditSampleRule);

/** Who starts, answers and completes chart audits; an auditor may read them. */
export const CHART_AUDITOR_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN];
export const CHART_AUDIT_READER_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR];

export const CHART_AUDIT_SAMPLE_MAX = 50;
export const CHART_AUDIT_NOTE_MAX = 2000;
export const CORRECTIVE_ACTION_MAX = 500;
export const CHART_AUDIT_SEED_MAX = 64;

/** '2026-Q4'. */
export const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/** The first and last day of a quarter such as '2026-Q4'; null when it is not one. */
export function quarterDays(quarter: string): { from: string; to: string } | null {
  const match = QUARTER_PATTERN.exec(quarter);
  if (!match) return null;
  const year = Number(match[1]);
  const first = (Number(match[2]) - 1) * 3;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, first + 3, 0)).getUTCDate();
  return { from: `${year}-${pad(first + 1)}-01`, to: `${year}-${pad(first + 3)}-${pad(lastDay)}` };
}

/** The quarter a day falls in: '2026-11-24' → '2026-Q4'. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Passed among the answered items that apply, as a whole percentage; null when none apply. */
export function complianceRate(pass: number, fail: number): number | null {
  return pass + fail ? Math.round((pass * 100) / (pass + fail)) : null;
}
