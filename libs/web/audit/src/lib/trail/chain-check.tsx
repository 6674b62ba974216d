import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconLink, IconLinkOff } from '@tabler/icons-react';
import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@waymark/web/client';
import { ErrorState } from '@waymark/web/core';
import { verifyAuditChainQuery } from './trail.operations';

/** Recomputes the agency's hash chain on request and says whether it holds, where it breaks, and how much is not sealed yet. */
export function ChainCheck() {
  const { t, i18n } = useTranslation('audit');
  const [verify, { data, loading, error }] = useLazyQuery(verifyAuditChainQuery, { fetchPolicy: 'network-only' });
  const report = data?.verifyAuditChain;
  return (
    <Stack gap="xs">
      <Button variant="default" leftSection={<IconLink size={16} aria-hidden />} loading={loading} onClick={() => void verify()}>
        {t('trail.verify.button')}
      </Button>
      {error ? <ErrorState error={error} onRetry={() => void verify()} /> : null}
      {report ? (
        <Alert
          role="status"
          color={report.intact ? 'green' : 'red'}
          icon={report.intact ? <IconLink aria-hidden /> : <IconLinkOff aria-hidden />}
          title={
            report.intact
              ? t('trail.verify.intact', { count: report.sealedCount })
              : t('trail.verify.broken', { id: report.firstBrokenEventId, sequence: report.firstBrokenSequence })
          }
        >
          {report.unsealedCount ? <Text size="sm">{t('trail.verify.unsealed', { count: report.unsealedCount })}</Text> : null}
          <Text size="xs" c="dimmed">
            {t('trail.verify.checkedAt', { when: formatDateTime(report.checkedAt, i18n.language) })}
          </Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
