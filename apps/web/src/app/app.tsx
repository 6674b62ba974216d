import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider, type SessionManager } from '@waymark/web/core';
import { ProfileExtensionsProvider } from '@waymark/web/client';
import { appointmentsTab, assessmentTab, careProfileExtensions, carePlanTab, careTeamTab } from '@waymark/web/care-plan';
import { referralsTab, resourceListsTab } from '@waymark/web/referral';
import { FindServicesAction } from '@waymark/web/resource-directory';
import { accessLogTab } from '@waymark/web/audit';
import { AppRoutes } from './app-routes';
import { cssVariablesResolver, theme } from './theme';

/**
 * What care planning and referrals add to the client's record (their tabs, and the discharge on
 * each open enrollment) and what the directory adds (finding services for the client, on each open enrollment).
 */
const careExtensions = careProfileExtensions([assessmentTab, carePlanTab, referralsTab, resourceListsTab, appointmentsTab, careTeamTab]);
const profileExtensions = { ...careExtensions, tabs: [...careExtensions.tabs, accessLogTab], enrollmentActions: [...careExtensions.enrollmentActions, FindServicesAction] };

export function App({ session, apollo, i18n }: { session: SessionManager; apollo: ApolloClient; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        {/* Bottom right: at the top a toast covers the title and actions of the page it announces. */}
        <Notifications position="bottom-right" zIndex={2000} />
        <SessionProvider session={session}>
          <ApolloProvider client={apollo}>
            <BrowserRouter>
              <ProfileExtensionsProvider value={profileExtensions}>
                <AppRoutes />
              </ProfileExtensionsProvider>
            </BrowserRouter>
          </ApolloProvider>
        </SessionProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
