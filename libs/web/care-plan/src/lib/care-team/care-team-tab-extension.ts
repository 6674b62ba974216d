import { useTranslation } from 'react-i18next';
import { TimelineKind } from '@waymark/shared/types';
import type { ProfileExtensionTab } from '@waymark/web/client';
import { CareTeamTab } from './care-team-tab';

function useCareTeamLabel(): string {
  return useTranslation('carePlan').t('careTeam.tab.label');
}

/** The client record's "Care team" tab, after the support network; training entries on the timeline and refreshers on the worklist open it. */
export const careTeamTab: ProfileExtensionTab = {
  key: 'care-team',
  useLabel: useCareTeamLabel,
  after: 'network',
  Component: CareTeamTab,
  sourceKinds: [TimelineKind.TRAINING],
};
