import { useTranslation } from 'react-i18next';
import { TimelineKind } from '@waymark/shared/types';
import type { ProfileExtensionTab } from '@waymark/web/client';
import { CarePlanTab } from './care-plan-tab';

function useCarePlanLabel(): string {
  return useTranslation('carePlan').t('plan.tab.label');
}

/** The client record's "Care plan" tab, after Enrollments; plan and progress entries on the timeline open it. */
export const carePlanTab: ProfileExtensionTab = {
  key: 'care-plan',
  useLabel: useCarePlanLabel,
  after: 'enrollments',
  Component: CarePlanTab,
  sourceKinds: [TimelineKind.CARE_PLAN, TimelineKind.PROGRESS],
};
