import { IconClipboardCheck } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState, Page, useSessionState } from '@waymark/web/core';
import { supervises } from '@waymark/web/client';
import { carePlansAwaitingApprovalQuery } from './plan-queue.operations';
import { PlanQueueTable } from './plan-queue-table';

/** /care-plans — for supervisors, the plans waiting for their approval; each opens on the client's record to approve or return. */
export function CarePlansPage() {
  const { t } = useTranslation('carePlan');
  const { user } = useSessionState();
  const supervisor = supervises(user?.role);
  return (
    <Page title={t('plan.queue.title')} description={supervisor ? t('plan.queue.supervisorDescription') : t('plan.queue.workerDescription')}>
      {supervisor ? <AwaitingApproval /> : null}
    </Page>
  );
}

function AwaitingApproval() {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(carePlansAwaitingApprovalQuery, { fetchPolicy: 'cache-and-network' });
  const plans = data?.carePlansAwaitingApproval;
  if (!plans) return loading ? <LoadingState label={t('plan.queue.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!plans.length) return <EmptyView icon={<IconClipboardCheck aria-hidden />} title={t('plan.queue.emptyTitle')} description={t('plan.queue.emptyText')} />;
  return <PlanQueueTable plans={plans} caption={`${t('plan.queue.awaitingTitle')} · ${t('plan.queue.count', { count: plans.length })}`} />;
}
