import { useEffect, useRef, useState } from 'react';
import { Anchor, Button, Card, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '@waymark/shared/types';
import { EmptyView, ErrorState, LoadingState, LoadMoreFooter, Page, useLoadMore } from '@waymark/web/core';
import { formatDateTime } from '../format';
import { usersQuery } from '../identity.operations';
import { isRole, roleOptions } from './roles';
import { UserStatusBadges } from './user-status';

const PAGE_SIZE = 25;
const ALL_ROLES = 'ALL';

/** Admin → Users: search, filter by role, include deactivated users, load more. */
export function UsersPage() {
  const { t, i18n } = useTranslation('identity');
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The filters live in the address (reload, back and links keep them); the controls answer at once.
  const [role, setRole] = useState<Role | null>(() => {
    const value = params.get('role');
    return isRole(value) ? value : null;
  });
  const [includeInactive, setIncludeInactive] = useState(params.get('inactive') === '1');
  const [searchInput, setSearchInput] = useState(params.get('q') ?? '');
  const [search] = useDebouncedValue(searchInput.trim(), 300);

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
        set('q', search || null);
        set('role', role);
        set('inactive', includeInactive ? '1' : null);
        return next;
      },
      { replace: true },
    );
  }, [search, role, includeInactive, setParams]);

  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(usersQuery, {
    variables: { first: PAGE_SIZE, search: search || null, role, includeInactive },
    notifyOnNetworkStatusChange: true,
  });
  // While a new search loads, the previous rows stay (no flicker); after a failed one they go,
  // so the list never shows rows that do not match the filters on screen.
  const connection = (error ? data : (data ?? previousData))?.users;
  // The `users` field policy appends a later page to the rows already shown.
  const more = useLoadMore(JSON.stringify([search, role, includeInactive]), (after) => fetchMore({ variables: { after } }));
  const filtered = !!search || !!role;
  const searchRef = useRef<HTMLInputElement>(null);
  const clearFilters = () => {
    setSearchInput('');
    setRole(null);
    // The button goes away with the empty list: keep the keyboard user in the filters.
    searchRef.current?.focus();
  };

  return (
    <Page
      title={t('users.title')}
      description={t('users.description')}
      actions={
        <Button component={Link} to="/admin/users/new" leftSection={<IconUserPlus size={18} aria-hidden />}>
          {t('users.create')}
        </Button>
      }
    >
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('users.filters')}>
            <TextInput
              label={t('users.search')}
              type="search"
              ref={searchRef}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={searchInput}
              onChange={(event) => setSearchInput(event.currentTarget.value)}
              style={{ flex: '1 1 240px' }}
            />
            <Select
              label={t('users.role')}
              placeholder={t('users.allRoles')}
              data={[{ value: ALL_ROLES, label: t('users.allRoles') }, ...roleOptions(tc)]}
              value={role ?? ALL_ROLES}
              onChange={(value) => setRole(isRole(value) ? value : null)}
              allowDeselect={false}
              w={200}
            />
            <Checkbox
              label={t('users.includeInactive')}
              checked={includeInactive}
              onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
              mb={8}
            />
          </Group>

          {error && !connection ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {loading && !connection ? <LoadingState /> : null}

          {connection && connection.edges.length === 0 ? (
            <EmptyView
              icon={<IconUsers aria-hidden />}
              title={t('users.emptyTitle')}
              description={filtered ? t('users.emptyFiltered') : t('users.emptyNone')}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    {t('users.clearFilters')}
                  </Button>
                ) : null
              }
            />
          ) : null}

          {connection && connection.edges.length > 0 ? (
            <>
              <Text size="sm" c="dimmed" aria-live="polite">
                {t('users.count', { count: connection.totalCount })}
              </Text>
              <Table.ScrollContainer minWidth={480}>
                <Table striped highlightOnHover verticalSpacing="sm" aria-busy={loading} aria-label={t('users.tableCaption')}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('users.name')}</Table.Th>
                      <Table.Th scope="col">{t('users.role')}</Table.Th>
                      <Table.Th scope="col">{t('users.status')}</Table.Th>
                      <Table.Th scope="col" visibleFrom="md">
                        {t('users.lastLogin')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {connection.edges.map(({ node }) => (
                      <Table.Tr key={node.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/admin/users/${node.id}`} fw={600}>
                            {node.displayName}
                          </Anchor>
                          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {node.email}
                          </Text>
                        </Table.Td>
                        <Table.Td>{tc(`roles.${node.role}`)}</Table.Td>
                        <Table.Td>
                          <UserStatusBadges active={node.active} lockedUntil={node.lockedUntil} mustChangePassword={node.mustChangePassword} />
                        </Table.Td>
                        <Table.Td visibleFrom="md">{node.lastLoginAt ? formatDateTime(node.lastLoginAt, i18n.language) : t('users.never')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
              <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
            </>
          ) : null}
        </Stack>
      </Card>
    </Page>
  );
}
