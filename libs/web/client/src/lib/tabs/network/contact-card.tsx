import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClientContactFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';
import { ContactBadges } from './contact-badges';

/** One person of the support network: who they are to the client, how to reach them, what they may be called on for. */
export function ContactCard({
  contact,
  canWrite,
  onEdit,
  onArchive,
}: {
  contact: ClientContactFieldsFragment;
  canWrite: boolean;
  onEdit: () => void;
  onArchive: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const headingId = `contact-${contact.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={0}>
            <Title order={3} size="h5" id={headingId}>
              {contact.name}
            </Title>
            <Text size="sm" c="dimmed">
              {[contact.relationship, t(`tabs.network.kind.${contact.kind}`), contact.organization].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          {contact.archivedAt ? (
            <Badge color="gray" variant="light" tt="none">
              {t('tabs.network.archived')}
            </Badge>
          ) : null}
        </Group>
        <ContactBadges
          emergencyContact={contact.emergencyContact}
          legalDecisionMaker={contact.legalDecisionMaker}
          mayShareInformation={contact.mayShareInformation}
        />
        <Stack gap={2}>
          {contact.phone ? (
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('tabs.network.phone')}:{' '}
              </Text>
              <Anchor href={`tel:${contact.phone}`} size="sm">
                {contact.phone}
              </Anchor>
            </Text>
          ) : null}
          {contact.email ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span c="dimmed" size="sm">
                {t('tabs.network.email')}:{' '}
              </Text>
              <Anchor href={`mailto:${contact.email}`} size="sm">
                {contact.email}
              </Anchor>
            </Text>
          ) : null}
          {contact.address ? (
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('tabs.network.address')}:{' '}
              </Text>
              {contact.address}
            </Text>
          ) : null}
          {contact.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {contact.notes}
            </Text>
          ) : null}
          {contact.archivedAt ? (
            <Text size="xs" c="dimmed">
              {t('tabs.network.archivedOn', { time: formatDateTime(contact.archivedAt, i18n.language) })}
            </Text>
          ) : null}
        </Stack>
        {canWrite && !contact.archivedAt ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={t('tabs.network.editNamed', { name: contact.name })}
            >
              {t('tabs.common.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconArchive size={14} aria-hidden />}
              onClick={onArchive}
              aria-label={t('tabs.network.archiveNamed', { name: contact.name })}
            >
              {t('tabs.network.archive')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
