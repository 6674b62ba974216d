import { useState } from 'react';
import { Button, Card, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBriefcase, IconSearch } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { appendEdges, LoadMoreFooter, Page, useLoadMore } from '@waymark/web/core';
import { myCaseloadQuery } from '../client.operations';
import { toSearchTerm } from '../search/search-term';
import { ClientTable } from './client-table';
import { RecordList } from '../shared/record-list';

const PAGE_SIZE = 50;

/** My caseload: the clients whose open enrollments I lead or serve on, and the intakes I took. */
export function CaseloadPage() {
  const { t, i18n } = useTranslation('client');
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const search = toSearchTerm(debounced, i18n.language);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(myCaseloadQuery, {
    variables: { first: PAGE_SIZE, search: search || null },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (error ? data : (data ?? previousData))?.myCaseload;
  const more = useLoadMore(search, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ myCaseload: appendEdges(shown.myCaseload, fetchMoreResult.myCaseload) }),
    }),
  );
  return (
    <Page title={t('caseload.title')} description={t('caseload.description')}>
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <TextInput
            label={t('caseload.search')}
            type="search"
            leftSection={<IconSearch size={16} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maw={480}
          />
          <RecordList
            total={connection?.totalCount}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            countLabel={t('caseload.count', { count: connection?.totalCount ?? 0 })}
            empty={{
              headingOrder: 2,
              icon: <IconBriefcase aria-hidden />,
              title: search ? t('list.emptyTitle') : t('caseload.emptyTitle'),
              description: search ? t('caseload.emptySearch') : t('caseload.emptyDescription'),
              action: (
                <Button component={Link} to="/clients" variant="light">
                  {t('caseload.allClients')}
                </Button>
              ),
            }}
          >
            <ClientTable clients={connection?.edges.map((edge) => edge.node) ?? []} caption={t('caseload.tableCaption')} busy={loading} />
            {connection ? (
              <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
            ) : null}
          </RecordList>
        </Stack>
      </Card>
    </Page>
  );
}
