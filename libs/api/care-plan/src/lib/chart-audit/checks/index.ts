import { ChartAuditCheck } from '@waymark/shared/types';
import { assessmentsCurrent } from './assessments-current';
import type { ChartCheck } from './chart-evidence';
import { consentsValid } from './consents-valid';
import { notesSignedOnTime } from './notes-signed-on-time';
import { planSignedAndReviewed } from './plan-signed-reviewed';
import { referralsFollowedUp } from './referrals-followed-up';

/** Each automatic check's one rule. */
export const CHART_CHECKS: Record<ChartAuditCheck, ChartCheck> = {
  [ChartAuditCheck.ASSESSMENTS_CURRENT]: assessmentsCurrent,
  [ChartAuditCheck.PLAN_SIGNED_AND_REVIEWED]: planSignedAndReviewed,
  [ChartAuditCheck.NOTES_SIGNED_ON_TIME]: notesSignedOnTime,
  [ChartAuditCheck.CONSENTS_VALID]: consentsValid,
  [ChartAuditCheck.REFERRALS_FOLLOWED_UP]: referralsFollowedUp,
};

export type { ChartCheck, ChartEvidence, CheckOutcome } from './chart-evidence';
