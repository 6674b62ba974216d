import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConsentState } from '@waymark/shared/types';
import type { ConsentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime } from '../../shared/format';
import { ConsentStateBadge } from './consent-state-badge';
import { recordElementId } from '../../shared/use-item-focus';

/** One release of information: to whom, what, why, for how long, how it was signed. */
export function ConsentCard({
  highlighted,
  consent,
  state,
  canWrite,
  onRevoke,
}: {
  /** Opened from a link to this record (the timeline) */
  highlighted?: boolean;
  consent: ConsentFieldsFragment;
  /** Today's state, from the shared consentState rule */
  state: ConsentState;
  canWrite: boolean;
  onRevoke: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const date = (value: string | null | undefined) => formatCalendarDate(value, i18n.language);
  const headingId = `consent-${consent.id}`;
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={headingId}
      id={recordElementId(consent.id)}
      tabIndex={-1}
      style={highlighted ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0}>
            <Title order={3} size="h5" id={headingId}>
              {consent.recipientName}
            </Title>
            <Text size="sm" c="dimmed">
              {t(`tabs.consents.recipientKind.${consent.recipientKind}`)}
            </Text>
          </Stack>
          <ConsentStateBadge state={state} />
        </Group>
        <Group gap={4} wrap="wrap" aria-label={t('tabs.consents.categories')} role="list">
          {consent.categories.map((category) => (
            <Badge key={category} variant="outline" color="gray" tt="none" role="listitem">
              {t(`tabs.consents.category.${category}`)}
            </Badge>
          ))}
        </Group>
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            {t('tabs.consents.purpose')}:{' '}
          </Text>
          {consent.purpose}
        </Text>
        <Text size="sm">
          {consent.effectiveUntil
            ? t('tabs.consents.period', { from: date(consent.effectiveFrom), until: date(consent.effectiveUntil) })
            : t('tabs.consents.periodOpen', { from: date(consent.effectiveFrom) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('tabs.consents.signedHow', { method: t(`tabs.consents.signature.${consent.signatureMethod}`), date: date(consent.signedOn) })}
          {consent.documentReference ? ` · ${t('tabs.consents.documentShort', { reference: consent.documentReference })}` : ''}
          {consent.recordedBy ? ` · ${t('tabs.consents.recordedBy', { name: consent.recordedBy.displayName })}` : ''}
        </Text>
        {consent.revokedAt ? (
          <Text size="sm" c="red.8">
            {t('tabs.consents.revokedOn', { time: formatDateTime(consent.revokedAt, i18n.language) })}
            {consent.revokedBy ? ` (${consent.revokedBy.displayName})` : ''}
            {consent.revokedReason ? ` — ${consent.revokedReason}` : ''}
          </Text>
        ) : null}
        {canWrite && (state === 'ACTIVE' || state === 'PENDING') ? (
          <Group>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconBan size={14} aria-hidden />}
              onClick={onRevoke}
              aria-label={t('tabs.consents.revokeNamed', { name: consent.recipientName })}
            >
              {t('tabs.consents.revoke')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
