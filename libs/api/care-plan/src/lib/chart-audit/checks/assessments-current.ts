import { ChartAuditResult } from '@waymark/shared/types';
import type { ChartCheck } from './chart-evidence';

/**
 * Assessments current: every instrument the program requires has a completed assessment
 * whose renewal is not past on the day judged. Not applicable when the program requires none,
 * or none is done yet and the program's first-assessment deadline is still ahead.
 */
export const assessmentsCurrent: ChartCheck = ({ asOf, requiredInstruments, assessments, firstAssessmentDueOn }) => {
  if (!requiredInstruments.length) return { result: ChartAuditResult.NOT_APPLICABLE, evidence: 'The program requires no instrument.' };
  const problems: string[] = [];
  const current: string[] = [];
  const pending: string[] = [];
  for (const code of requiredInstruments) {
    const latest = assessments.find((a) => a.instrumentCode === code);
    if (!latest && firstAssessmentDueOn && firstAssessmentDueOn >= asOf) pending.push(`First ${code} due ${firstAssessmentDueOn}.`);
    else if (!latest) problems.push(`No completed ${code} assessment${firstAssessmentDueOn ? `; the first was due ${firstAssessmentDueOn}` : ''}.`);
    else if (latest.nextDueOn && latest.nextDueOn < asOf) problems.push(`${latest.instrumentName} of ${latest.completedOn} was due for renewal on ${latest.nextDueOn}.`);
    else current.push(`${latest.instrumentName} of ${latest.completedOn}${latest.nextDueOn ? `, renewal due ${latest.nextDueOn}` : ''}.`);
  }
  if (problems.length) return { result: ChartAuditResult.FAIL, evidence: problems.join(' ') };
  if (!current.length) return { result: ChartAuditResult.NOT_APPLICABLE, evidence: pending.join(' ') };
  return { result: ChartAuditResult.PASS, evidence: [...current, ...pending].join(' ') };
};
