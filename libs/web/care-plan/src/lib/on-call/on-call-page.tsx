import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ON_CALL_MANAGER_ROLES, ON_CALL_WORKER_ROLES } from '@waymark/shared/types';
import { Page, useSessionState } from '@waymark/web/core';
import { EmergencyLogSection } from './emergency-log-section';
import { OnCallNowPanel } from './on-call-now-panel';
import { RosterSection } from './roster-section';

/** On call: who answers the line now, the week's roster (kept by supervisors and admins) and the emergency log. */
export function OnCallPage() {
  const { t } = useTranslation('carePlan');
  const { user } = useSessionState();
  const role = user?.role;
  return (
    <Page title={t('onCall.title')} description={t('onCall.description')}>
      <Stack gap="md">
        <OnCallNowPanel />
        <RosterSection manage={!!role && ON_CALL_MANAGER_ROLES.includes(role)} />
        <EmergencyLogSection canLog={!!role && ON_CALL_WORKER_ROLES.includes(role)} />
      </Stack>
    </Page>
  );
}
