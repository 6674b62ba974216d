import { Stack, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Role, TASK_CARRIER_ROLES } from '@waymark/shared/types';
import { EmptyView, ErrorState, LoadingState, Page, useSessionState } from '@waymark/web/core';
import { supervises } from '@waymark/web/client';
import { MyPlanWork } from './my-plan-work';
import { MyPlansInProgress } from './my-plans-in-progress';
import { carePlansAwaitingApprovalQuery } from './plan-queue.operations';
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
  const { data, loading, error, refetch } = useQuery(carePlansAwaitingApprovalQuery, { fetchPolicy: 'cache-and-network' });
  const plans = data?.carePlansAwaitingApproval;
  if (!plans) return loading ? <LoadingState label={t('plan.queue.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!plans.length) return <EmptyView headingOrder={3} icon={<IconClipboardCheck aria-hidden />} title={t('plan.queue.emptyTitle')} description={t('plan.queue.emptyText')} />;
  return <PlanQueueTable plans={plans} caption={t('plan.queue.count', { count: plans.length })} />;
}
