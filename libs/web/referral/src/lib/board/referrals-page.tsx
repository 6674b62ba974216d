import { useEffect, useState } from 'react';
import { Button, Chip, Group, Stack, Tabs } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OPEN_REFERRAL_STATUSES, REFERRAL_BOX_STATUSES, REFERRAL_STATUSES, ReferralBox, ReferralStatus } from '@waymark/shared/types';
import { LoadingState, Page } from '@waymark/web/core';
import { useRecordPermissions } from '@waymark/web/client';
import { useMoveReferral } from '../detail/use-move-referral';
import { focusAfterStep } from '../shared/focus-after-step';
import { referralStatusCountsQuery } from '../shared/referral.operations';
import type { ReferralRowView } from '../shared/referral-view';
import { useKnownReferralInboxCount } from './inbox-badge';
import { ReferralList } from './referral-list';
import { referralRowLinkId } from './referral-row';

const POLL_MS = 15_000;
const OPEN = 'OPEN';
const ALL = 'ALL';

function isStatus(value: string | null): value is ReferralStatus {
  return !!value && (REFERRAL_STATUSES as readonly string[]).includes(value);
}

/**
 * `/referrals`: the Sent and Received boards. Each shows how many referrals stand in each status
 * and lists those of the status chosen (the open ones at first), newest change first, a page at
 * a time. The Received board is the agency's inbox: what came in unopened stands out, with
 * "Mark received" and "Accept" at hand, and it opens first while new ones wait. Both refresh by
 * themselves. Box and status live in the address.
 */
export function ReferralsPage() {
  const { t } = useTranslation('referral');
  const [params, setParams] = useSearchParams();
  const knownCount = useKnownReferralInboxCount();
  const newCount = knownCount ?? 0;
  // The navigation's count of new referrals leads here: without a box chosen, new ones open the
  // inbox. Until that count is known no box is chosen, so the board does not open on Sent and jump.
  const asked = params.get('box');
  const choosing = asked !== ReferralBox.RECEIVED && asked !== ReferralBox.SENT && knownCount === undefined;
  const box: ReferralBox = asked === ReferralBox.RECEIVED || (asked !== ReferralBox.SENT && newCount > 0) ? ReferralBox.RECEIVED : ReferralBox.SENT;
  // Kept in the address once chosen, so answering the last new one does not switch boards.
  useEffect(() => {
    if (!asked && box === ReferralBox.RECEIVED) setParams((query) => new URLSearchParams({ ...Object.fromEntries(query), box }), { replace: true });
  }, [asked, box, setParams]);
  const chosen = params.get('status');
  const selection = isStatus(chosen) && REFERRAL_BOX_STATUSES[box].includes(chosen) ? chosen : chosen === ALL ? ALL : OPEN;
  const statuses = selection === ALL ? null : selection === OPEN ? OPEN_REFERRAL_STATUSES.filter((status) => REFERRAL_BOX_STATUSES[box].includes(status)) : [selection];
  const counts = useQuery(referralStatusCountsQuery, { variables: { box }, pollInterval: POLL_MS, fetchPolicy: 'cache-and-network', skip: choosing });
  const countOf = (status: ReferralStatus) => counts.data?.referralStatusCounts.find((entry) => entry.status === status)?.count ?? 0;
  const openCount = OPEN_REFERRAL_STATUSES.filter((status) => REFERRAL_BOX_STATUSES[box].includes(status)).reduce((sum, status) => sum + countOf(status), 0);
  const allCount = REFERRAL_BOX_STATUSES[box].reduce((sum, status) => sum + countOf(status), 0);
  const { move } = useMoveReferral();
  // Those whose role changes client records refer; the API refuses the rest anyway.
  const { canWrite } = useRecordPermissions();
  const [moving, setMoving] = useState<{ id: string; to: ReferralStatus } | null>(null);
  const [quickError, setQuickError] = useState<unknown>(null);

  const choose = (next: { box?: ReferralBox; status?: string }) => {
    const query = new URLSearchParams(params);
    if (next.box) {
      query.set('box', next.box);
      query.delete('status');
    }
    if (next.status) {
      if (next.status === OPEN) query.delete('status');
      else query.set('status', next.status);
    }
    setParams(query, { replace: true });
  };
  const quickMove = (referral: ReferralRowView, to: ReferralStatus) => {
    setMoving({ id: referral.id, to });
    setQuickError(null);
    move(referral, { to })
      .then(() => focusAfterStep(() => document.getElementById(referralRowLinkId(referral.id))))
      .catch((failure: unknown) => setQuickError(failure))
      .finally(() => setMoving(null));
  };
  const label = (text: string, count: number) => `${text} (${count})`;

  return (
    <Page
      title={t('referral.board.title')}
      description={t('referral.board.description')}
      actions={
        <>
          <Button component={Link} to="/directory" variant="light" leftSection={<IconSearch size={18} aria-hidden />}>
            {t('referral.board.findServices')}
          </Button>
          {canWrite ? (
            <Button component={Link} to="/referrals/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('referral.board.newReferral')}
            </Button>
          ) : null}
        </>
      }
    >
      {choosing ? (
        <LoadingState label={t('referral.board.loading')} />
      ) : (
        <Tabs value={box} onChange={(value) => choose({ box: value === ReferralBox.RECEIVED ? ReferralBox.RECEIVED : ReferralBox.SENT })} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value={ReferralBox.SENT}>{t('referral.board.sent')}</Tabs.Tab>
            <Tabs.Tab value={ReferralBox.RECEIVED}>{newCount ? t('referral.board.receivedNew', { count: newCount }) : t('referral.board.received')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value={box} pt="md">
            <Stack gap="md">
              <Chip.Group multiple={false} value={selection} onChange={(value) => choose({ status: value })}>
                <Group gap="xs" role="radiogroup" aria-label={t('referral.board.statuses')}>
                  <Chip value={OPEN} variant="light">
                    {label(t('referral.board.open'), openCount)}
                  </Chip>
                  {REFERRAL_BOX_STATUSES[box].map((status) => (
                    <Chip key={status} value={status} variant="light">
                      {label(t(`referral.status.${status}`), countOf(status))}
                    </Chip>
                  ))}
                  <Chip value={ALL} variant="light">
                    {label(t('referral.board.all'), allCount)}
                  </Chip>
                </Group>
              </Chip.Group>
              <ReferralList
                filter={{ box, statuses }}
                pollInterval={POLL_MS}
                empty={
                  box === ReferralBox.SENT
                    ? { title: t('referral.board.emptySent'), description: t('referral.board.emptySentDescription') }
                    : { title: t('referral.board.emptyReceived'), description: t('referral.board.emptyReceivedDescription') }
                }
                onQuickMove={box === ReferralBox.RECEIVED ? quickMove : undefined}
                moving={moving}
                quickError={quickError}
              />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      )}
    </Page>
  );
}
