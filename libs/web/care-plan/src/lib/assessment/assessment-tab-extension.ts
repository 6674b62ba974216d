import { useTranslation } from 'react-i18next';
import { TimelineKind } from '@waymark/shared/types';
import type { ProfileExtensionTab } from '@waymark/web/client';
import { AssessmentsTab } from './assessments-tab';

function useAssessmentsLabel(): string {
  return useTranslation('carePlan').t('assessment.tab.label');
}

/** The client record's Assessments tab, after Enrollments; the timeline's assessment entries open it. */
export const assessmentTab: ProfileExtensionTab = {
  key: 'assessments',
  useLabel: useAssessmentsLabel,
  after: 'enrollments',
  Component: AssessmentsTab,
  sourceKinds: [TimelineKind.ASSESSMENT],
};
