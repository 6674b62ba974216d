import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

export { ClientsPage } from './lib/list/clients-page';
export { CaseloadPage } from './lib/list/caseload-page';
export { IntakeWizardPage } from './lib/intake/intake-wizard-page';
export { ClientProfilePage } from './lib/profile/client-profile-page';
export { ClientDashboard } from './lib/dashboard/client-dashboard';
export { IncidentReviewPage } from './lib/dashboard/incident-review-page';
export { ClientSearch } from './lib/search/client-search';
export { ProfileExtensionsProvider, type ProfileExtensionTab, type EnrollmentAction } from './lib/profile/profile-extensions';
export type { ClientTabProps } from './lib/tabs/tab-props';
export { CLIENT_CREATOR_ROLES, REVIEWER_ROLES } from './lib/shared/roles';

/** Translations of the client feature, registered by the app under `client`. */
export const clientResources: FeatureResources = { namespace: 'client', en, es };
