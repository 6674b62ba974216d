import { useMemo, useState } from 'react';
import { Button, SegmentedControl, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconFileCertificate, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, consentState, ConsentState } from '@waymark/shared/types';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { useItemFocus } from '../../shared/use-item-focus';
import { TabHeader } from '../../shared/tab-header';
import type { ClientTabProps } from '../tab-props';
import { ConsentCard } from './consent-card';
import { ConsentForm } from './consent-form';
import { clientConsentsQuery } from './consent.operations';
import { RevokeConsentDialog } from './revoke-consent-dialog';

type Show = 'CURRENT' | 'ALL';
/** Consents that still matter today: in force or about to be. */
const CURRENT_STATES: readonly ConsentState[] = [ConsentState.ACTIVE, ConsentState.PENDING];

/** The client's releases of information, with their state today. */
export function ConsentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { canWrite } = useRecordPermissions();
  const [recording, setRecording] = useState(false);
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [show, setShow] = useState<Show>('ALL');
  const { data, loading, error, refetch } = useQuery(clientConsentsQuery, { variables: { clientId: client.id } });
  const today = calendarDay(new Date());
  const consents = useMemo(
    () => (data?.clientConsents ?? []).map((consent) => ({ consent, state: consentState(consent, today) })),
    [data, today],
  );
  const item = useItemFocus(!!data);
  const shown = show === 'ALL' ? consents : consents.filter(({ state }) => CURRENT_STATES.includes(state));
  // The latest version: a consent revoked meanwhile (seen after a reload) closes the dialog.
  const revoking = consents.find(({ consent }) => consent.id === revokingId && !consent.revokedAt)?.consent ?? null;

  return (
    <Stack gap="md" component="section" aria-labelledby="consents-heading">
      <TabHeader
        id="consents-heading"
        title={t('tabs.consents.title')}
        description={t('tabs.consents.description')}
        action={
          canWrite ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setRecording(true)}>
              {t('tabs.consents.record')}
            </Button>
          ) : null
        }
      />
      {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <LoadingState label={t('tabs.consents.loading')} /> : null}
      {data && consents.length === 0 ? (
        <EmptyView
          headingOrder={3}
          icon={<IconFileCertificate aria-hidden />}
          title={t('tabs.consents.emptyTitle')}
          description={t('tabs.consents.emptyText')}
        />
      ) : null}
      {consents.length > 0 ? (
        <>
          <Stack gap={4}>
            <VisuallyHidden id="consents-show-label">{t('tabs.consents.showLabel')}</VisuallyHidden>
            <SegmentedControl
              aria-labelledby="consents-show-label"
              value={show}
              onChange={(value) => setShow(value as Show)}
              data={[
                { value: 'ALL', label: t('tabs.consents.showAll') },
                { value: 'CURRENT', label: t('tabs.consents.showCurrent') },
              ]}
              w="fit-content"
            />
          </Stack>
          <Text size="sm" c="dimmed" aria-live="polite">
            {shown.length ? t('tabs.consents.count', { count: shown.length }) : t('tabs.consents.noneCurrent')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {shown.map(({ consent, state }) => (
              <ConsentCard key={consent.id} consent={consent} highlighted={consent.id === item} state={state} canWrite={canWrite} onRevoke={() => setRevokingId(consent.id)} />
            ))}
          </SimpleGrid>
        </>
      ) : null}
      {recording ? <ConsentForm clientId={client.id} onClose={() => setRecording(false)} /> : null}
      {revoking ? (
        <RevokeConsentDialog consent={revoking} onClose={() => setRevokingId(null)} onReload={() => void refetch()} />
      ) : null}
    </Stack>
  );
}
