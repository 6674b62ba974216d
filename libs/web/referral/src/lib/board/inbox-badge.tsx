import { Badge, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ReferralBox, ReferralStatus } from '@waymark/shared/types';
import { referralStatusCountsQuery } from '../shared/referral.operations';

const POLL_MS = 60_000;

/**
 * How many referrals wait in the agency's inbox unopened (sent to it, not yet marked received
 * or answered), checked every minute while `enabled` (a session in use); 0 when it cannot tell.
 */
export function useReferralInboxCount(enabled: boolean): number {
  const { data } = useQuery(referralStatusCountsQuery, {
    variables: { box: ReferralBox.RECEIVED },
    pollInterval: POLL_MS,
    skip: !enabled,
    fetchPolicy: 'cache-and-network',
  });
  return data?.referralStatusCounts.find((entry) => entry.status === ReferralStatus.SENT)?.count ?? 0;
}

/**
 * The count the navigation keeps fresh, read where it is kept (the cache) without polling it a
 * second time: undefined until it is known, 0 when it cannot be read.
 */
export function useKnownReferralInboxCount(): number | undefined {
  const { data, error } = useQuery(referralStatusCountsQuery, { variables: { box: ReferralBox.RECEIVED }, fetchPolicy: 'cache-first' });
  if (error) return 0;
  return data?.referralStatusCounts.find((entry) => entry.status === ReferralStatus.SENT)?.count ?? (data ? 0 : undefined);
}

/** The navigation's count of new referrals, read out in words. */
export function InboxCountBadge({ count }: { count: number }) {
  const { t } = useTranslation('referral');
  return (
    <Badge size="sm" color="blue" variant="filled" circle={count < 10} data-testid="referral-inbox-count">
      <span aria-hidden>{count}</span>
      <VisuallyHidden>{t('referral.navInbox', { count })}</VisuallyHidden>
    </Badge>
  );
}
