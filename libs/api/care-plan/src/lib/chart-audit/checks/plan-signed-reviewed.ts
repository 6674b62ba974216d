import { ChartAuditResult } from '@waymark/shared/types';
import type { ChartCheck } from './chart-evidence';

/**
 * Plan signed and reviewed on time: the enrollment had a plan in force on the day judged,
 * approved by a supervisor and acknowledged (signed) by the client by then, whose review day
 * was not past. Not applicable without one while the program's deadline for the first plan is
 * still ahead (or not yet set: it counts from the first assessment).
 */
export const planSignedAndReviewed: ChartCheck = ({ asOf, activePlan, firstPlanDueOn, firstAssessmentDueOn, assessments }) => {
  if (!activePlan) {
    if (firstPlanDueOn && firstPlanDueOn >= asOf) return { result: ChartAuditResult.NOT_APPLICABLE, evidence: `First plan due ${firstPlanDueOn}.` };
    if (!firstPlanDueOn && !assessments.length && firstAssessmentDueOn && firstAssessmentDueOn >= asOf) {
      return { result: ChartAuditResult.NOT_APPLICABLE, evidence: `The plan is due after the first assessment (due ${firstAssessmentDueOn}).` };
    }
    if (firstPlanDueOn) return { result: ChartAuditResult.FAIL, evidence: `No plan in force; the first was due ${firstPlanDueOn}.` };
    if (!assessments.length && firstAssessmentDueOn) return { result: ChartAuditResult.FAIL, evidence: `No plan in force; the first assessment it follows was due ${firstAssessmentDueOn}.` };
    return { result: ChartAuditResult.FAIL, evidence: 'No plan in force.' };
  }
  if (!activePlan.acknowledgedOn) return { result: ChartAuditResult.FAIL, evidence: `Plan approved on ${activePlan.approvedOn} is not signed by the client.` };
  if (activePlan.reviewDueOn && activePlan.reviewDueOn < asOf) {
    return { result: ChartAuditResult.FAIL, evidence: `Plan signed on ${activePlan.acknowledgedOn} was due for review on ${activePlan.reviewDueOn}.` };
  }
  return {
    result: ChartAuditResult.PASS,
    evidence: `Plan approved on ${activePlan.approvedOn}, signed on ${activePlan.acknowledgedOn}${activePlan.reviewDueOn ? `, review due ${activePlan.reviewDueOn}` : ''}.`,
  };
};
