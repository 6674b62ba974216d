import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './app/global.css';
import { clearDrafts, createApolloClient, createI18n, SessionManager } from '@waymark/web/core';
import { carePlanResources } from '@waymark/web/care-plan';
import { referralResources } from '@waymark/web/referral';
import { auditResources } from '@waymark/web/audit';
import { directoryResources } from '@waymark/web/resource-directory';
import { clientResources } from '@waymark/web/client';
import { apiClientResources, identityResources, webhookResources } from '@waymark/web/identity';
import { App } from './app/app';

const i18n = createI18n([identityResources, webhookResources, apiClientResources, clientResources, carePlanResources, directoryResources, referralResources, auditResources]);

// The callbacks run after sign-in and sign-out, long after `apollo` below exists.
const session = new SessionManager({
  endpoint: '/graphql',
  onSignedIn: async (user, previous) => {
    // Someone else signs in at the lock screen: nothing of the previous person stays.
    if (previous && previous.id !== user.id) await apollo.clearStore();
    clearDrafts(user.id);
  },
  onSignedOut: async () => {
    await apollo.clearStore();
    clearDrafts();
  },
});
const apollo = createApolloClient(session);
void session.restore();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App session={session} apollo={apollo} i18n={i18n} />
  </StrictMode>,
);
