import { IconClipboardHeart } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState } from '@waymark/web/core';
import { myCarePlansInProgressQuery } from './plan-queue.operations';
import { PlanQueueTable } from './plan-queue-table';
import { PlanStatusBadge } from './plan-status-badge';

/**
 * The plans a case manager is putting in place — drafts being written and plans waiting for a
 * supervisor — of the clients they lead or whose plan they wrote, the oldest first, each
 * opening on the client's "Care plan" tab.
 */
export function MyPlansInProgress() {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(myCarePlansInProgressQuery, { fetchPolicy: 'cache-and-network' });
  const plans = data?.myCarePlansInProgress;
  if (!plans) return loading ? <LoadingState label={t('plan.queue.loading')} /> : <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!plans.length) {
    return <EmptyView headingOrder={3} icon={<IconClipboardHeart aria-hidden />} title={t('plan.queue.inProgress.emptyTitle')} description={t('plan.queue.inProgress.emptyText')} />;
  }
  return (
    <PlanQueueTable
      plans={plans}
      caption={t('plan.queue.count', { count: plans.length })}
      column={{ heading: t('plan.queue.inProgress.status'), cell: (plan) => <PlanStatusBadge status={plan.status} /> }}
      dateHeading={t('plan.queue.inProgress.changed')}
    />
  );
}
