import { Button, Group } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ReferralBox } from '@waymark/shared/types';
import { type ClientTabProps, TabSection, useRecordPermissions } from '@waymark/web/client';
import { ReferralList } from '../board/referral-list';

const POLL_MS = 30_000;

/**
 * The client record's "Referrals" tab: every referral made for the client, where each stands,
 * and the ways to make another, from a service found in the directory or straight away.
 */
export function ReferralsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('referral');
  const { canWrite } = useRecordPermissions();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // A referral step on the timeline (`?item=<referralId>`) opens that referral's own page.
  const item = params.get('item');
  const newReferral = `/referrals/new?clientId=${encodeURIComponent(client.id)}`;
  const findServices = `/directory?clientId=${encodeURIComponent(client.id)}`;
  if (item) return <Navigate to={`/referrals/${encodeURIComponent(item)}`} replace />;
  return (
    <TabSection
      id="referrals"
      title={t('referral.tab.title')}
      description={t('referral.tab.description')}
      action={canWrite ? { icon: IconPlus, label: t('referral.tab.newReferral'), onClick: () => navigate(newReferral) } : null}
    >
      <Group>
        <Button component={Link} to={findServices} variant="light" leftSection={<IconSearch size={18} aria-hidden />}>
          {t('referral.tab.findServices')}
        </Button>
      </Group>
      <ReferralList
        filter={{ box: ReferralBox.SENT, clientId: client.id }}
        pollInterval={POLL_MS}
        showClient={false}
        empty={{ title: t('referral.tab.empty'), description: t('referral.tab.emptyDescription') }}
      />
    </TabSection>
  );
}
