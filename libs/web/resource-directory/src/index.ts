import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

export { DirectoryPage } from './lib/search/directory-page';
export { FindServicesAction } from './lib/search/find-services-action';
export { ServicePage } from './lib/service/service-page';
export { DirectoryAdminPage } from './lib/admin/organizations/organizations-page';
export { DirectoryOrganizationPage } from './lib/admin/organizations/organization-page';
export { DirectoryImportPage } from './lib/admin/import/import-page';
// The category tree, for the needs a referral answers: one query and one way to name a category.
export { taxonomyTermsQuery } from './lib/shared/taxonomy.operations';
export { termName } from './lib/search/taxonomy';
// The search by words, for picking services elsewhere (a client's resource list).
export { directorySearchQuery } from './lib/search/search.operations';
// How a directory address is written, for pages outside the directory that show one.
export { addressLine, addressLines, type PostalAddress } from './lib/shared/postal-address';

// A file handed to the browser without a server round trip, for other features' exports (the reports' CSV).
export { downloadText } from './lib/admin/shared/download';

/** Translations of the resource-directory feature, registered by the app under `directory`. */
export const directoryResources: FeatureResources = { namespace: 'directory', en, es };
