import { useTranslation } from 'react-i18next';
import { TimelineKind } from '@waymark/shared/types';
import type { ProfileExtensionTab } from '@waymark/web/client';
import { ResourceListsTab } from './resource-lists-tab';

function useResourceListsLabel(): string {
  return useTranslation('referral').t('resourceLists.tab.label');
}

/** The client record's "Resource lists" tab, after Enrollments; lists made and handed over on the timeline open it. */
export const resourceListsTab: ProfileExtensionTab = {
  key: 'resource-lists',
  useLabel: useResourceListsLabel,
  after: 'enrollments',
  Component: ResourceListsTab,
  sourceKinds: [TimelineKind.RESOURCE_LIST],
};
