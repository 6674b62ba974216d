import { Anchor, Breadcrumbs, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ReferralSide, ReferralStatus } from '@waymark/shared/types';
import { ErrorState, LoadingState, Page } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import { useTaxonomy } from '../form/use-taxonomy';
import { referralTarget } from '../shared/referral-label';
import { useReferralErrorOverrides } from '../shared/referral-errors';
import { ReferralStatusBadge } from '../shared/referral-status-badge';
import { referralQuery } from '../shared/referral.operations';
import { UrgencyBadge } from '../shared/urgency-badge';
import { focusAfterStep } from '../shared/focus-after-step';
import { ReferralActions } from './referral-actions';
import { ReferralDetailsCard } from './referral-details-card';
import { ReferralTimeline } from './referral-timeline';
import { ReferredClientCard } from './referred-client-card';
import { useMoveReferral } from './use-move-referral';

/** Often enough that the sender sees the receiver's answer while on the page, seldom enough to cost little. */
const POLL_MS = 15_000;
const REFERRAL_STATUS_ID = 'referral-status';

/**
 * `/referrals/:id`, for either agency: where the referral stands, for whom and to whom, what it
 * asks, the appointment and outcome, every step so far, and the steps the reader may take next.
 * It refreshes by itself, so each side sees the other's steps without reloading.
 */
export function ReferralPage() {
  const { t, i18n } = useTranslation('referral');
  const { id = '' } = useParams();
  const overrides = useReferralErrorOverrides();
  const { data, error, refetch } = useQuery(referralQuery, { variables: { id }, pollInterval: POLL_MS, notifyOnNetworkStatusChange: false });
  const { move } = useMoveReferral();
  const taxonomy = useTaxonomy();
  const referral = data?.referral;
  if (!referral) {
    if (error) return <ErrorState error={error} overrides={overrides(error)} onRetry={() => void refetch()} />;
    return <LoadingState label={t('referral.page.loading')} />;
  }
  const reload = () => void refetch();
  const sender = referral.side === ReferralSide.SENDER;
  return (
    <Page
      title={
        // The receiver reads who sent it; the sender, where it went.
        !sender && referral.senderAgency ? t('referral.page.fromAgency', { name: referral.senderAgency.name }) : t('referral.page.toService', { name: referralTarget(referral) })
      }
      description={
        // Focus lands here after a step, where the new status reads (tabIndex -1: by script only).
        <Group gap="xs" component="span" wrap="wrap" data-testid="referral-status" id={REFERRAL_STATUS_ID} tabIndex={-1}>
          <ReferralStatusBadge status={referral.status} size="lg" />
          <UrgencyBadge urgency={referral.urgency} />
          <Text span size="sm" c="dimmed">
            {referral.sentAt
              ? t('referral.common.sent', { date: formatDateTime(referral.sentAt, i18n.language) })
              : t('referral.common.created', { date: formatDateTime(referral.createdAt, i18n.language) })}
          </Text>
        </Group>
      }
      actions={
        sender && referral.status === ReferralStatus.DRAFT ? (
          <Button component={Link} to={`/referrals/${referral.id}/edit`} variant="light" leftSection={<IconPencil size={16} aria-hidden />}>
            {t('referral.page.editDraft')}
          </Button>
        ) : null
      }
    >
      <Breadcrumbs>
        <Anchor component={Link} to={`/referrals${sender ? '' : '?box=RECEIVED'}`} size="sm">
          {t('referral.page.back')}
        </Anchor>
        <Text size="sm">{referralTarget(referral)}</Text>
      </Breadcrumbs>
      {/* A failed poll leaves the referral on screen and says so above it. */}
      {error ? <ErrorState error={error} overrides={overrides(error)} onRetry={reload} /> : null}
      <Text size="xs" c="dimmed">
        {referral.onWaymark ? t('referral.page.live') : t('referral.page.offWaymark', { name: referralTarget(referral) })}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <ReferralActions
              referral={referral}
              onMove={async (version, fields) => {
                await move({ id: referral.id, version }, fields);
                focusAfterStep(() => document.getElementById(REFERRAL_STATUS_ID));
              }}
              onReload={reload}
            />
            <ReferralDetailsCard referral={referral} needNames={referral.needs.map(taxonomy.nameOf)} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ReferredClientCard client={referral.client} side={referral.side} />
            <ReferralTimeline steps={referral.steps} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
