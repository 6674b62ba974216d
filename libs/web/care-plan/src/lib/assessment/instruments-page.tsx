import { Anchor, Badge, Card, Table, Text } from '@mantine/core';
import { IconClipboardList } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState, Page } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import { agencyInstrumentsQuery } from './instrument.operations';

/** /admin/instruments — the agency's assessment instruments, latest revision of each, retired ones too. */
export function InstrumentsPage() {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(agencyInstrumentsQuery, { fetchPolicy: 'cache-and-network' });
  const instruments = data?.instruments;

  return (
    <Page title={t('assessment.instruments.title')} description={t('assessment.instruments.description')}>
      {!instruments ? (
        loading ? (
          <LoadingState label={t('assessment.instruments.loading')} />
        ) : (
          <ErrorState error={error} onRetry={() => void refetch()} />
        )
      ) : !instruments.length ? (
        <Card withBorder radius="md">
          <EmptyView icon={<IconClipboardList aria-hidden />} title={t('assessment.instruments.emptyTitle')} description={t('assessment.instruments.emptyText')} />
        </Card>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessment.instruments.name')}</Table.Th>
                <Table.Th scope="col">{t('assessment.instruments.code')}</Table.Th>
                <Table.Th scope="col">{t('assessment.instruments.revision')}</Table.Th>
                <Table.Th scope="col">{t('assessment.instruments.published')}</Table.Th>
                <Table.Th scope="col">{t('assessment.instruments.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {instruments.map((instrument) => (
                <Table.Tr key={instrument.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/admin/instruments/${instrument.id}`} fw={600}>
                      {instrument.name}
                    </Anchor>
                    {instrument.description ? (
                      <Text size="sm" c="dimmed" fw={400}>
                        {instrument.description}
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {instrument.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>{instrument.revision}</Table.Td>
                  <Table.Td>{formatDateTime(instrument.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={instrument.active ? 'green' : 'gray'}>
                      {instrument.active ? t('assessment.instruments.active') : t('assessment.instruments.retired')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Page>
  );
}
