import { useState } from 'react';
import { SimpleGrid, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../shared/form-dialog';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { RecordList } from '../../shared/record-list';
import { TabSection } from '../../shared/tab-section';
import type { ClientTabProps } from '../tab-props';
import { ContactCard } from './contact-card';
import { ContactForm } from './contact-form';
import { archiveClientContactMutation, clientContactsQuery } from './network.operations';

/** The person being added (`contactId` null) or edited */
type Editing = { contactId: string | null } | null;

/** The client's support network: family, friends, guardians, representatives and professionals. */
export function NetworkTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { canWrite } = useRecordPermissions();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [archivingId, setArchivingId] = useState<string | null>(null);
  const [archiveError, setArchiveError] = useState<unknown>(null);
  const { data, previousData, loading, error, refetch } = useQuery(clientContactsQuery, {
    variables: { clientId: client.id, includeArchived },
    notifyOnNetworkStatusChange: true,
  });
  const [archive, archiveState] = useMutation(archiveClientContactMutation, { refetchQueries: ['ClientContacts'] });
  const contacts = (data ?? previousData)?.clientContacts;
  // Dialogs act on the latest version, so a reload after a CONFLICT reaches them.
  const latest = (id: string | null | undefined) => contacts?.find((contact) => contact.id === id) ?? null;
  const edited = latest(editing?.contactId);
  const archiving = latest(archivingId);

  const closeArchive = () => {
    setArchivingId(null);
    setArchiveError(null);
  };
  const confirmArchive = async () => {
    if (!archiving) return;
    setArchiveError(null);
    try {
      await archive({ variables: { input: { contactId: archiving.id, version: archiving.version } } });
      notifications.show({ color: 'green', message: t('tabs.network.archivedDone', { name: archiving.name }) });
      closeArchive();
    } catch (failure) {
      setArchiveError(failure);
    }
  };

  return (
    <TabSection
      id="network"
      title={t('tabs.network.title')}
      description={t('tabs.network.description')}
      action={canWrite ? { icon: IconUserPlus, label: t('tabs.network.add'), onClick: () => setEditing({ contactId: null }) } : null}
    >
      <Switch label={t('tabs.network.showArchived')} checked={includeArchived} onChange={(event) => setIncludeArchived(event.currentTarget.checked)} />
      <RecordList
        total={contacts?.length}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('tabs.network.loading')}
        countLabel={t('tabs.network.count', { count: contacts?.length ?? 0 })}
        empty={{ icon: <IconUsersGroup aria-hidden />, title: t('tabs.network.emptyTitle'), description: t('tabs.network.emptyText') }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy={loading}>
          {contacts?.map((contact) => (
            <ContactCard
              key={contact.id}
              contact={contact}
              canWrite={canWrite}
              onEdit={() => setEditing({ contactId: contact.id })}
              onArchive={() => setArchivingId(contact.id)}
            />
          ))}
        </SimpleGrid>
      </RecordList>

      {editing && (edited || !editing.contactId) ? (
        <ContactForm clientId={client.id} contact={edited} onClose={() => setEditing(null)} onReload={() => void refetch()} />
      ) : null}
      <FormDialog
        opened={!!archiving && !archiving.archivedAt}
        title={t('tabs.network.archiveTitle', { name: archiving?.name ?? '' })}
        submitLabel={t('tabs.network.archive')}
        color="red"
        loading={archiveState.loading}
        error={archiveError}
        onSubmit={() => void confirmArchive()}
        onClose={closeArchive}
        onReload={() => {
          setArchiveError(null);
          void refetch();
        }}
      >
        <Text size="sm">{t('tabs.network.archiveText', { name: archiving?.name ?? '' })}</Text>
      </FormDialog>
    </TabSection>
  );
}
