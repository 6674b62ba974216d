import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';
import { en as webhooksEn } from './lib/webhooks/webhooks.en';
import { es as webhooksEs } from './lib/webhooks/webhooks.es';
import { en as apiClientsEn } from './lib/api-clients/api-clients.en';
import { es as apiClientsEs } from './lib/api-clients/api-clients.es';

export { LoginPage, safeNextPath } from './lib/login/login-page';
export { SignInForm } from './lib/login/sign-in-form';
export { LockOverlay } from './lib/lock/lock-overlay';
export { ProfilePage } from './lib/profile/profile-page';
export { UsersPage } from './lib/users/users-page';
export { CreateUserPage } from './lib/users/create-user-page';
export { UserDetailPage } from './lib/users/user-detail-page';
export { WebhooksPage } from './lib/webhooks/webhooks-page';
export { ApiClientsPage } from './lib/api-clients/api-clients-page';

/** Translations of the identity feature, registered by the app under `identity`. */
export const identityResources: FeatureResources = { namespace: 'identity', en, es };

/** Translations of the Webhooks admin page, registered by the app under `webhooks`. */
export const webhookResources: FeatureResources = { namespace: 'webhooks', en: webhooksEn, es: webhooksEs };

/** Translations of the API clients admin page, registered by the app under `apiClients`. */
export const apiClientResources: FeatureResources = { namespace: 'apiClients', en: apiClientsEn, es: apiClientsEs };
