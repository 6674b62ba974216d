import type { FeatureResources } from '@waymark/web/core';
import { en } from './lib/i18n/en';
import { es } from './lib/i18n/es';

export { LoginPage, safeNextPath } from './lib/login/login-page';
export { SignInForm } from './lib/login/sign-in-form';
export { LockOverlay } from './lib/lock/lock-overlay';
export { ProfilePage } from './lib/profile/profile-page';
export { UsersPage } from './lib/users/users-page';
export { CreateUserPage } from './lib/users/create-user-page';
export { UserDetailPage } from './lib/users/user-detail-page';

/** Translations of the identity feature, registered by the app under `identity`. */
export const identityResources: FeatureResources = { namespace: 'identity', en, es };
