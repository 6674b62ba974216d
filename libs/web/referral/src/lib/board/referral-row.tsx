import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConsentDecisionReason, ReferralSide, ReferralStatus } from '@waymark/shared/types';
import { formatDateTime } from '@waymark/web/client';
import { referralTarget } from '../shared/referral-label';
import { ReferralStatusBadge } from '../shared/referral-status-badge';
import { UrgencyBadge } from '../shared/urgency-badge';
import type { ReferralRowView } from '../shared/referral-view';

/** The inbox's one-click answers: neither asks for anything more than the click. */
const QUICK: readonly ReferralStatus[] = [ReferralStatus.RECEIVED, ReferralStatus.ACCEPTED];

/** The element id of a row's link, where focus lands after a quick answer removes its button. */
export function referralRowLinkId(referralId: string): string {
  return `referral-row-${referralId}`;
}

/** Whether the last change came after `since` (a minute's grace: sending is itself a change). */
function changedSince(changedAt: string, since: string): boolean {
  return new Date(changedAt).getTime() - new Date(since).getTime() > 60_000;
}

/**
 * One referral in a list: whom it goes to and for whom, where it stands, when it was sent and
 * when it last changed (what the lists run by). In the receiving agency's inbox a referral
 * nobody opened yet (SENT) stands out, with the quick answers.
 */
export function ReferralRow({
  referral,
  showClient = true,
  onQuickMove,
  moving,
}: {
  referral: ReferralRowView;
  showClient?: boolean;
  onQuickMove?: (referral: ReferralRowView, to: ReferralStatus) => void;
  /** The quick answer being sent for this row */
  moving?: ReferralStatus | null;
}) {
  const { t, i18n } = useTranslation('referral');
  const received = referral.side === ReferralSide.RECEIVER;
  const isNew = received && referral.status === ReferralStatus.SENT;
  const target = referralTarget(referral);
  const clientName =
    referral.client.displayName ?? (referral.client.sharedUnder === ConsentDecisionReason.IN_FORCE ? '' : t('referral.common.withheld'));
  const quick = onQuickMove ? QUICK.filter((to) => referral.nextStatuses.includes(to)) : [];
  const headingId = referralRowLinkId(referral.id);
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      component="article"
      aria-labelledby={headingId}
      data-testid="referral-row"
      style={isNew ? { borderColor: 'var(--mantine-color-blue-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Stack gap={0} miw={0}>
            <Anchor component={Link} to={`/referrals/${referral.id}`} fw={600} id={headingId}>
              {showClient && clientName ? `${clientName} · ${target}` : target}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[
                received && referral.senderAgency ? t('referral.board.from', { agency: referral.senderAgency.name }) : referral.organizationName,
                referral.sentAt
                  ? t('referral.common.sent', { date: formatDateTime(referral.sentAt, i18n.language) })
                  : t('referral.common.created', { date: formatDateTime(referral.createdAt, i18n.language) }),
                // The lists run by the last change: a row changed since it was sent says when.
                changedSince(referral.statusChangedAt, referral.sentAt ?? referral.createdAt)
                  ? t('referral.common.updated', { date: formatDateTime(referral.statusChangedAt, i18n.language) })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Group gap={4} wrap="wrap">
            {isNew ? (
              <Badge color="blue" variant="filled" tt="none" leftSection={<IconSparkles size={12} aria-hidden />}>
                {t('referral.board.newBadge')}
              </Badge>
            ) : null}
            <ReferralStatusBadge status={referral.status} />
            <UrgencyBadge urgency={referral.urgency} />
          </Group>
        </Group>
        {quick.length ? (
          <Group gap="xs">
            {quick.map((to) => (
              <Button
                key={to}
                size="xs"
                variant={to === ReferralStatus.ACCEPTED ? 'filled' : 'light'}
                loading={moving === to}
                disabled={!!moving && moving !== to}
                onClick={() => onQuickMove?.(referral, to)}
                aria-label={t('referral.board.quickLabel', { action: t(`referral.actions.${to}`), client: clientName || target })}
              >
                {t(`referral.actions.${to}`)}
              </Button>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
