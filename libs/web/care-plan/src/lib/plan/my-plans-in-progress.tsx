import { Button, Table, Text } from '@mantine/core';
import { IconClipboardHeart, IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import { myCarePlansInProgressQuery } from './plan-queue.operations';
import { PlanStatusBadge } from './plan-status-badge';

/**
 * The plans a case manager is putting in place — drafts being written and plans waiting for a
 * supervisor — of the clients they lead or whose plan they wrote, the oldest first, each
 * opening on the client's "Care plan" tab.
 */
export function MyPlansInProgress() {
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(myCarePlansInProgressQuery, { fetchPolicy: 'cache-and-network' });
  const plans = data?.myCarePlansInProgress;
  if (!plans) return loading ? <LoadingState label={t('plan.queue.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!plans.length) {
    return <EmptyView headingOrder={3} icon={<IconClipboardHeart aria-hidden />} title={t('plan.queue.inProgress.emptyTitle')} description={t('plan.queue.inProgress.emptyText')} />;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped highlightOnHover>
        <Table.Caption>{t('plan.queue.count', { count: plans.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plan.queue.client')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.program')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.inProgress.status')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.inProgress.changed')}</Table.Th>
            <Table.Th scope="col">{t('plan.queue.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {plan.client?.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {plan.client?.clientNumber}
                </Text>
              </Table.Td>
              <Table.Td>
                {plan.programName} · {t('plan.facts.revision', { revision: plan.revision })}
              </Table.Td>
              <Table.Td>
                <PlanStatusBadge status={plan.status} />
              </Table.Td>
              <Table.Td>{formatDateTime(plan.submittedAt ?? plan.updatedAt, i18n.language)}</Table.Td>
              <Table.Td>
                <Button
                  component={Link}
                  to={`/clients/${plan.clientId}/care-plan?item=${plan.id}`}
                  size="compact-sm"
                  variant="light"
                  rightSection={<IconExternalLink size={14} aria-hidden />}
                  aria-label={t('plan.queue.openNamed', { name: plan.client?.displayName ?? plan.programName })}
                >
                  {t('plan.queue.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
