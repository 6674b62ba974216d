import { useMemo } from 'react';
import { Badge, Button, Card, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconClipboardX } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, getErrorInfo, LoadingState, NoticePage, Page } from '@waymark/web/core';
import { formatDateTime, RecordFact } from '@waymark/web/client';
import { definitionOf } from './assessment-definition';
import { InstrumentPreview } from './instrument-preview';
import { instrumentDetailQuery } from './instrument.operations';

/** /admin/instruments/:instrumentId — one instrument revision, read-only, with a preview to try it. */
export function InstrumentPage() {
  const { instrumentId = '' } = useParams();
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(instrumentDetailQuery, { variables: { id: instrumentId } });
  const instrument = data?.instrument;
  const definition = useMemo(() => (instrument ? definitionOf(instrument) : null), [instrument]);
  const back = (
    <Button component={Link} to="/admin/instruments" variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('assessment.instruments.back')}
    </Button>
  );

  if (!instrument || !definition) {
    const kind = error ? getErrorInfo(error).kind : null;
    if ((data && !instrument) || kind === 'NOT_FOUND' || kind === 'BAD_USER_INPUT') {
      return <NoticePage title={t('assessment.instruments.notFoundTitle')} description={t('assessment.instruments.notFound')} icon={<IconClipboardX aria-hidden />} action={back} />;
    }
    return (
      <Page title={t('assessment.instruments.title')}>
        {loading ? <LoadingState label={t('assessment.instruments.loadingOne')} /> : <ErrorState error={error} onRetry={() => void refetch()} />}
      </Page>
    );
  }

  return (
    <Page title={instrument.name} description={instrument.description ?? undefined} actions={back}>
      <Stack gap="md">
        <Card withBorder radius="md" padding="md">
          <Group gap="lg" wrap="wrap">
            <RecordFact label={t('assessment.instruments.code')}>{instrument.code}</RecordFact>
            <RecordFact label={t('assessment.instruments.revision')}>{instrument.revision}</RecordFact>
            <RecordFact label={t('assessment.instruments.published')}>{formatDateTime(instrument.createdAt, i18n.language)}</RecordFact>
            <Badge variant="light" color={instrument.active ? 'green' : 'gray'}>
              {instrument.active ? t('assessment.instruments.active') : t('assessment.instruments.retired')}
            </Badge>
          </Group>
        </Card>
        <InstrumentPreview definition={definition} />
      </Stack>
    </Page>
  );
}
