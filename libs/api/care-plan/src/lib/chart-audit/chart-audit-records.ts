/** The audit trail's names for a chart audit's records. */
export const CHART_AUDIT = 'ChartAudit';
export const AUDITED_CHART = 'ChartAuditChart';
export const CHART_AUDIT_ANSWER = 'ChartAuditAnswer';
export const CORRECTIVE_ACTION = 'CorrectiveAction';
