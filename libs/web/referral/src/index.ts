import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

export { ReferralsPage } from './lib/board/referrals-page';
export { InboxCountBadge, useReferralInboxCount } from './lib/board/inbox-badge';
export { ReferralPage } from './lib/detail/referral-page';
export { NewReferralPage } from './lib/form/new-referral-page';
export { EditReferralPage } from './lib/form/edit-referral-page';
export { referralsTab } from './lib/tab/referrals-tab-extension';
export { resourceListsTab } from './lib/resource-lists/resource-lists-tab-extension';
export { ResourceListPrintPage } from './lib/resource-lists/resource-list-print-page';

// The category tree in the reader's language, for pages that name a referral's needs (the reports).
export { useTaxonomy } from './lib/form/use-taxonomy';

/** Translations of the referral feature, registered by the app under `referral`. */
export const referralResources: FeatureResources = { namespace: 'referral', en, es };
