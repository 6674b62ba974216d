import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState, type OnCallShiftFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import { DashboardPanel } from '../dashboard/dashboard-panel';
import { onCallNowQuery } from './on-call.operations';

/** Who is on call is asked again every few minutes: a shift may change hands while the page is open. */
const REFRESH_MS = 5 * 60_000;

function OnCallLine({ label, shift }: { label: string; shift: OnCallShiftFieldsFragment | null }) {
  const { t, i18n } = useTranslation('carePlan');
  return (
    <Group gap="xs" wrap="wrap" align="baseline">
      <Badge variant={shift ? 'filled' : 'outline'} color={shift ? 'teal' : 'gray'}>
        {label}
      </Badge>
      {shift ? (
        <>
          <Text fw={600}>{shift.staff?.displayName ?? t('onCall.unknownWorker')}</Text>
          {shift.phone ? (
            <Anchor href={`tel:${shift.phone}`} aria-label={t('onCall.now.callPhone', { name: shift.staff?.displayName ?? '', phone: shift.phone })}>
              {shift.phone}
            </Anchor>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('onCall.now.until', { time: formatDateTime(shift.endsAt, i18n.language) })}
          </Text>
        </>
      ) : (
        <Text c="dimmed">{t('onCall.now.nobody')}</Text>
      )}
    </Group>
  );
}

/** "On call now": the primary and the backup, with how to reach them; on the on-call page and the dashboard. */
export function OnCallNowPanel() {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(onCallNowQuery, { pollInterval: REFRESH_MS });
  const now = data?.onCallNow;
  return (
    <DashboardPanel
      id="on-call-now"
      title={t('onCall.now.title')}
      action={<IconPhoneCall size={20} aria-hidden />}
    >
      {now ? (
        <Stack gap="xs">
          <OnCallLine label={t('onCall.tier.PRIMARY')} shift={now.primary ?? null} />
          <OnCallLine label={t('onCall.tier.BACKUP')} shift={now.backup ?? null} />
        </Stack>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading ? (
        <LoadingState label={t('onCall.now.loading')} />
      ) : null}
    </DashboardPanel>
  );
}
