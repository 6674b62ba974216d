import { useTranslation } from 'react-i18next';
import { TimelineKind } from '@waymark/shared/types';
import type { ProfileExtensionTab } from '@waymark/web/client';
import { ReferralsTab } from './referrals-tab';

function useReferralsLabel(): string {
  return useTranslation('referral').t('referral.tab.label');
}

/** The client record's "Referrals" tab, after Enrollments; referral steps on the timeline open it. */
export const referralsTab: ProfileExtensionTab = {
  key: 'referrals',
  useLabel: useReferralsLabel,
  after: 'enrollments',
  Component: ReferralsTab,
  sourceKinds: [TimelineKind.REFERRAL],
};
