import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowsExchange, IconBriefcase } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BULK_REASSIGNMENT_MAX } from '@waymark/shared/types';
import { EnrollmentStatusBadge, RecordList, RiskAndFlags } from '@waymark/web/client';
import { appendEdges, LoadMoreFooter, useLoadMore } from '@waymark/web/core';
import { BulkReassignDialog } from './bulk-reassign-dialog';
import { casesOf, type WorkerCase } from './worker-cases';
import { workerCasesQuery } from './supervision.operations';

const PAGE_SIZE = 50;

/**
 * The worker's open cases (client, program, status, risk), a page of clients at a time; the
 * supervisor ticks several and hands them to another worker in one go.
 */
export function WorkerCasesPanel({ workerId, name, programId }: { workerId: string; name: string; programId: string | null }) {
  const { t } = useTranslation('carePlan');
  const [selected, setSelected] = useState<Map<string, WorkerCase>>(new Map());
  const [reassigning, setReassigning] = useState(false);
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(workerCasesQuery, {
    variables: { caseManagerId: workerId, programId, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (error ? data : (data ?? previousData))?.clients;
  const cases = casesOf(connection?.edges.map((edge) => edge.node) ?? [], workerId, programId);
  const more = useLoadMore(`${workerId}:${programId}`, (after) =>
    fetchMore({ variables: { after }, updateQuery: (shown, { fetchMoreResult }) => ({ clients: appendEdges(shown.clients, fetchMoreResult.clients) }) }),
  );
  const toggle = (item: WorkerCase) =>
    setSelected((now) => {
      const next = new Map(now);
      if (next.has(item.enrollmentId)) next.delete(item.enrollmentId);
      else next.set(item.enrollmentId, item);
      return next;
    });
  // Ticking the head selects as many as one reassignment takes (the first shown); with any selected it clears.
  const selectable = cases.slice(0, BULK_REASSIGNMENT_MAX);
  const allSelectable = selectable.length > 0 && selectable.every((item) => selected.has(item.enrollmentId));
  const toggleAll = () => setSelected(selected.size ? new Map() : new Map(selectable.map((item) => [item.enrollmentId, item])));
  const tooMany = selected.size > BULK_REASSIGNMENT_MAX;
  return (
    <Stack gap="sm">
      <RecordList
        total={connection ? cases.length : undefined}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        countLabel={t('supervision.cases.count', { count: connection?.totalCount ?? 0, name })}
        empty={{ headingOrder: 3, icon: <IconBriefcase aria-hidden />, title: t('supervision.cases.emptyTitle'), description: t('supervision.cases.empty', { name }) }}
      >
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" aria-live="polite">
            {t('supervision.cases.selected', { count: selected.size })}
          </Text>
          <Button leftSection={<IconArrowsExchange size={16} aria-hidden />} disabled={!selected.size || tooMany} onClick={() => setReassigning(true)}>
            {t('supervision.cases.reassign', { count: selected.size })}
          </Button>
        </Group>
        {tooMany ? (
          <Text size="sm" c="red.8">
            {t('supervision.cases.tooMany', { count: BULK_REASSIGNMENT_MAX })}
          </Text>
        ) : null}
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="xs" aria-label={t('supervision.cases.caption', { name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={40}>
                  <Checkbox
                    checked={allSelectable}
                    indeterminate={!allSelectable && selected.size > 0}
                    onChange={toggleAll}
                    aria-label={selected.size ? t('supervision.cases.clearAll') : t('supervision.cases.selectAll', { count: selectable.length })}
                  />
                </Table.Th>
                <Table.Th scope="col">{t('supervision.cases.client')}</Table.Th>
                <Table.Th scope="col">{t('supervision.cases.program')}</Table.Th>
                <Table.Th scope="col">{t('supervision.cases.status')}</Table.Th>
                <Table.Th scope="col">{t('supervision.cases.risk')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((item) => (
                <Table.Tr key={item.enrollmentId}>
                  <Table.Td>
                    <Checkbox
                      checked={selected.has(item.enrollmentId)}
                      onChange={() => toggle(item)}
                      aria-label={t('supervision.cases.select', { client: item.client.displayName, program: item.programName })}
                    />
                  </Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/clients/${item.client.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {item.client.displayName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.client.clientNumber}
                    </Text>
                  </Table.Th>
                  <Table.Td>{item.programName}</Table.Td>
                  <Table.Td>
                    <EnrollmentStatusBadge status={item.status} />
                  </Table.Td>
                  <Table.Td>
                    <RiskAndFlags riskLevel={item.client.riskLevel} flags={item.client.flags} size="sm" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {connection ? (
          <LoadMoreFooter pageInfo={connection.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
        ) : null}
      </RecordList>
      {reassigning ? (
        <BulkReassignDialog
          fromWorkerId={workerId}
          cases={[...selected.values()]}
          onClose={() => setReassigning(false)}
          onReload={() => {
            setReassigning(false);
            setSelected(new Map());
            void refetch();
          }}
          onDone={() => {
            setReassigning(false);
            setSelected(new Map());
          }}
        />
      ) : null}
    </Stack>
  );
}
