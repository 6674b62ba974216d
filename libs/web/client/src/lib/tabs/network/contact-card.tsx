import { Anchor, Stack, Text } from '@mantine/core';
import { IconArchive, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClientContactFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';
import { RecordBadge } from '../../shared/record-badge';
import { RecordAction, RecordCard, RecordFact, RecordText } from '../../shared/record-card';
import { ContactBadges } from './contact-badges';
import { useConsentedContacts } from './use-consented-contacts';

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
  const editable = canWrite && !contact.archivedAt;
  const consented = useConsentedContacts(contact.clientId);
  return (
    <RecordCard
      recordId={contact.id}
      title={contact.name}
      facts={[contact.relationship, t(`tabs.network.kind.${contact.kind}`), contact.organization].filter(Boolean).join(' · ')}
      badges={contact.archivedAt ? <RecordBadge color="gray">{t('tabs.network.archived')}</RecordBadge> : null}
      actions={
        editable ? (
          <>
            <RecordAction icon={IconPencil} label={t('tabs.common.edit')} ariaLabel={t('tabs.network.editNamed', { name: contact.name })} onClick={onEdit} />
            <RecordAction
              icon={IconArchive}
              tone="danger"
              label={t('tabs.network.archive')}
              ariaLabel={t('tabs.network.archiveNamed', { name: contact.name })}
              onClick={onArchive}
            />
          </>
        ) : null
      }
    >
      <ContactBadges
        emergencyContact={contact.emergencyContact}
        legalDecisionMaker={contact.legalDecisionMaker}
        mayShareInformation={contact.mayShareInformation}
        consentInForce={consented ? consented.has(contact.id) : null}
      />
      <Stack gap={2}>
        {contact.phone ? (
          <RecordFact label={t('tabs.network.phone')}>
            <Anchor href={`tel:${contact.phone}`} size="sm">
              {contact.phone}
            </Anchor>
          </RecordFact>
        ) : null}
        {contact.email ? (
          <RecordFact label={t('tabs.network.email')}>
            <Anchor href={`mailto:${contact.email}`} size="sm">
              {contact.email}
            </Anchor>
          </RecordFact>
        ) : null}
        {contact.address ? <RecordFact label={t('tabs.network.address')}>{contact.address}</RecordFact> : null}
        {contact.notes ? <RecordText>{contact.notes}</RecordText> : null}
        {contact.archivedAt ? (
          <Text size="xs" c="dimmed">
            {t('tabs.network.archivedOn', { time: formatDateTime(contact.archivedAt, i18n.language) })}
          </Text>
        ) : null}
      </Stack>
    </RecordCard>
  );
}
