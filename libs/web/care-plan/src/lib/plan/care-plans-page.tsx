import { Stack, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Role, TASK_CARRIER_ROLES } from '@waymark/shared/types';
import { appendEdges, EmptyView, ErrorState, LoadingState, LoadMoreFooter, Page, useLoadMore, useSessionState } from '@waymark/web/core';
import { supervises } from '@waymark/web/client';
import { MyPlanWork } from './my-plan-work';
import { MyPlansInProgress } from './my-plans-in-progress';
import { APPROVAL_QUEUE_PAGE, carePlansAwaitingApprovalQuery } from './plan-queue.operations';
import { PlanQueueTable } from './plan-queue-table';

/**
 * /care-plans — for supervisors, the plans waiting for their approval (each opens on the
 * client's record to approve or return); for case managers, the plans they are putting in
 * place; for others who carry tasks, the plan deadlines they hold.
 */
export function CarePlansPage() {
  const { t } = useTranslation('carePlan');
  const { user } = useSessionState();
  const supervisor = supervises(user?.role);
  const caseManager = user?.role === Role.CASE_MANAGER;
  const carriesPlans = !!user && TASK_CARRIER_ROLES.includes(user.role);
  const description = supervisor ? 'supervisorDescription' : caseManager ? 'caseManagerDescription' : 'workerDescription';
  return (
    <Page title={t('plan.queue.title')} description={t(`plan.queue.${description}`)}>
      {supervisor ? (
        <Stack gap="xs" component="section" aria-labelledby="plans-awaiting-approval">
          <Title order={2} size="h4" id="plans-awaiting-approval">
            {t('plan.queue.awaitingTitle')}
          </Title>
          <AwaitingApproval />
        </Stack>
      ) : null}
      {caseManager ? (
        <Stack gap="xs" component="section" aria-labelledby="my-plans-in-progress">
          <Title order={2} size="h4" id="my-plans-in-progress">
            {t('plan.queue.inProgress.title')}
          </Title>
          <MyPlansInProgress />
        </Stack>
      ) : carriesPlans ? (
        <Stack gap="xs" component="section" aria-labelledby="my-plan-work">
          <Title order={2} size="h4" id="my-plan-work">
            {t('plan.queue.work.title')}
          </Title>
          <MyPlanWork />
        </Stack>
      ) : null}
    </Page>
  );
}

function AwaitingApproval() {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(carePlansAwaitingApprovalQuery, {
    variables: { first: APPROVAL_QUEUE_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const more = useLoadMore('', (after) =>
    fetchMore({
      variables: { after },
      updateQuery: (shown, { fetchMoreResult }) => ({
        ...shown,
        carePlansAwaitingApproval: appendEdges(shown.carePlansAwaitingApproval, fetchMoreResult.carePlansAwaitingApproval),
      }),
    }),
  );
  const queue = data?.carePlansAwaitingApproval;
  if (!queue) return loading ? <LoadingState label={t('plan.queue.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!queue.edges.length) return <EmptyView headingOrder={3} icon={<IconClipboardCheck aria-hidden />} title={t('plan.queue.emptyTitle')} description={t('plan.queue.emptyText')} />;
  return (
    <Stack gap="sm">
      <PlanQueueTable plans={queue.edges.map((edge) => edge.node)} caption={t('plan.queue.count', { count: queue.totalCount })} />
      <LoadMoreFooter pageInfo={queue.pageInfo} loading={networkStatus === NetworkStatus.fetchMore} error={more.error} onLoadMore={more.loadMore} />
    </Stack>
  );
}
