import type { EnrollmentAction, ProfileExtensionTab } from '@waymark/web/client';
import { PlanDischargeAction } from '../discharge/plan-discharge-action';

/**
 * What care planning adds to the client's record, for the app to hand to
 * ProfileExtensionsProvider: the tabs given (assessments, the care plan) and, on each open
 * enrollment card, the way into the discharge wizard. Built once, at start-up.
 */
export function careProfileExtensions(tabs: readonly ProfileExtensionTab[]): {
  tabs: readonly ProfileExtensionTab[];
  enrollmentActions: readonly EnrollmentAction[];
} {
  return { tabs, enrollmentActions: [PlanDischargeAction] };
}
