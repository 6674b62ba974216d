import { useRef, useState } from 'react';
import { Anchor, Badge, Button, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingCommunity, IconFileImport, IconPlus, IconSearch } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DIRECTORY_PAGE_SIZE_DEFAULT, DIRECTORY_SEARCH_TEXT_MAX_LENGTH, type HsdsFormat } from '@waymark/shared/types';
import { appendEdges, LoadMoreFooter, Page, useLoadMore } from '@waymark/web/core';
import { formatCalendarDate, RecordList } from '@waymark/web/client';
import { createDirectoryOrganizationMutation, directoryOrganizationsQuery, exportDirectoryQuery } from '../directory-admin.operations';
import { AdminSection } from '../shared/admin-section';
import { ExportPanel } from '../export/export-panel';
import { organizationInput } from './organization-input';
import { OrganizationDialog } from './organization-dialog';

/**
 * /admin/directory — the organizations this agency keeps in the directory: search them by
 * name, open one to edit it and its services and locations, add one, import HSDS files or
 * export the agency's entries. The search is kept in the address.
 */
export function DirectoryAdminPage() {
  const { t, i18n } = useTranslation('directory');
  const navigate = useNavigate();
  const apollo = useApolloClient();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [adding, setAdding] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(directoryOrganizationsQuery, {
    variables: { search: debounced || null, first: DIRECTORY_PAGE_SIZE_DEFAULT },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (error ? data : (data ?? previousData))?.directoryOrganizations;
  const more = useLoadMore(debounced, (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({ directoryOrganizations: appendEdges(shown.directoryOrganizations, fetchMoreResult.directoryOrganizations) }),
    }),
  );
  const [create] = useMutation(createDirectoryOrganizationMutation);

  const changeSearch = (value: string) => {
    setSearch(value);
    setParams(value.trim() ? { q: value.trim() } : {}, { replace: true });
  };
  const exportFiles = async (format: HsdsFormat) => {
    const result = await apollo.query({ query: exportDirectoryQuery, variables: { format }, fetchPolicy: 'no-cache' });
    return result.data?.exportDirectory.files ?? [];
  };

  return (
    <Page
      title={t('admin.title')}
      description={t('admin.description')}
      actions={
        <>
          <Button component={Link} to="/admin/directory/import" variant="default" leftSection={<IconFileImport size={18} aria-hidden />}>
            {t('admin.import.open')}
          </Button>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
            {t('admin.organization.add')}
          </Button>
        </>
      }
    >
      <AdminSection id="organizations-title" title={t('admin.organizations.title')}>
          <TextInput
            ref={searchRef}
            type="search"
            label={t('admin.organizations.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            maxLength={DIRECTORY_SEARCH_TEXT_MAX_LENGTH}
            onChange={(event) => changeSearch(event.currentTarget.value)}
            maw={420}
          />
          <RecordList
            total={connection?.edges.length}
            loading={loading}
            error={error}
            onRetry={() => void refetch()}
            loadingLabel={t('admin.organizations.loading')}
            empty={{
              icon: <IconBuildingCommunity aria-hidden />,
              title: debounced ? t('admin.organizations.noneFound') : t('admin.organizations.emptyTitle'),
              description: debounced ? t('admin.organizations.noneFoundText') : t('admin.organizations.emptyText'),
              action: debounced ? (
                <Button
                  variant="light"
                  onClick={() => {
                    changeSearch('');
                    searchRef.current?.focus();
                  }}
                >
                  {t('admin.organizations.clearSearch')}
                </Button>
              ) : null,
            }}
          >
            <Table.ScrollContainer minWidth={620}>
              <Table striped withTableBorder verticalSpacing="sm" aria-busy={loading}>
                <Table.Caption>{t('admin.organizations.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.organization.name')}</Table.Th>
                    <Table.Th scope="col">{t('admin.organizations.visibility')}</Table.Th>
                    <Table.Th scope="col">{t('admin.lastVerifiedOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {connection?.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={`/admin/directory/organizations/${node.id}`} fw={600}>
                          {node.name}
                        </Anchor>
                        {node.waymarkAgency ? (
                          <Text size="xs" c="dimmed" fw={400}>
                            {t('admin.organization.onWaymark', { name: node.waymarkAgency.name })}
                          </Text>
                        ) : null}
                      </Table.Th>
                      <Table.Td>
                        <Badge variant="light" color={node.visibility === 'SHARED' ? 'teal' : 'gray'}>
                          {t(`admin.visibility.${node.visibility}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{node.lastVerifiedOn ? formatCalendarDate(node.lastVerifiedOn, i18n.language) : t('admin.neverVerified')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {connection ? (
              <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
            ) : null}
          </RecordList>
      </AdminSection>
      <AdminSection id="export-title" title={t('admin.export.title')}>
        <ExportPanel onExport={exportFiles} />
      </AdminSection>
      {adding ? (
        <OrganizationDialog
          organization={null}
          onClose={() => setAdding(false)}
          save={async (values) => {
            const { data: created } = await create({ variables: { input: { ...organizationInput(values), name: values.name.trim(), visibility: values.visibility } } });
            await apollo.refetchQueries({ include: [directoryOrganizationsQuery] });
            if (created) navigate(`/admin/directory/organizations/${created.createDirectoryOrganization.id}`);
          }}
        />
      ) : null}
    </Page>
  );
}
