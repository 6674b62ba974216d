import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import { APPROVAL_QUEUE_PAGE, carePlansAwaitingApprovalQuery } from '../plan/plan-queue.operations';
import { DashboardPanel } from './dashboard-panel';
import { useCountFormat } from './use-count-format';

const SHOWN = 5;

/** For supervisors: the plans waiting for their approval, each a link to the plan on the client's record. */
export function ApprovalsPanel() {
  const { t, i18n } = useTranslation('carePlan');
  const count = useCountFormat();
  // The approval queue's own query: one answer in the cache for this panel and the queue page.
  const { data, loading, error, refetch } = useQuery(carePlansAwaitingApprovalQuery, { variables: { first: APPROVAL_QUEUE_PAGE }, fetchPolicy: 'cache-and-network' });
  const queue = data?.carePlansAwaitingApproval;
  const plans = queue?.edges.map((edge) => edge.node);
  return (
    <DashboardPanel
      id="plan-approvals"
      title={t('dashboard.approvals.title')}
      action={
        plans ? (
          <Button component={Link} to="/care-plans" variant="light" size="xs" rightSection={<Badge size="sm">{count(queue?.totalCount ?? plans.length)}</Badge>}>
            {t('dashboard.approvals.openQueue')}
          </Button>
        ) : null
      }
    >
      {error && !plans ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !plans ? <LoadingState /> : null}
      {plans && !plans.length ? <Text c="dimmed">{t('dashboard.approvals.empty')}</Text> : null}
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {plans?.slice(0, SHOWN).map((plan) => {
          const date = formatDateTime(plan.submittedAt, i18n.language);
          return (
            <li key={plan.id}>
              <Anchor component={Link} to={`/clients/${plan.clientId}/care-plan?item=${plan.id}`} fw={600}>
                {t('dashboard.approvals.plan', { client: plan.client?.displayName ?? t('dashboard.approvals.unknownClient'), program: plan.programName })}
              </Anchor>
              <Text size="sm" c="dimmed">
                {[
                  t('dashboard.approvals.revision', { revision: plan.revision }),
                  plan.author ? t('dashboard.approvals.submitted', { date, author: plan.author.displayName }) : t('dashboard.approvals.submittedNoAuthor', { date }),
                ].join(' · ')}
              </Text>
            </li>
          );
        })}
      </Stack>
    </DashboardPanel>
  );
}
