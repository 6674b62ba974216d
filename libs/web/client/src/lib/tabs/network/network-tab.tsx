import { useState } from 'react';
import { Button, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyView, ErrorState, LoadingState, type ClientContactFieldsFragment } from '@waymark/web/core';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { TabHeader } from '../../shared/tab-header';
import type { ClientTabProps } from '../tab-props';
import { ContactCard } from './contact-card';
import { ContactForm } from './contact-form';
import { archiveClientContactMutation, clientContactsQuery } from './network.operations';

type Editing = { contact: ClientContactFieldsFragment | null } | null;

/** The client's support network: family, friends, guardians, representatives and professionals. */
export function NetworkTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { canWrite } = useRecordPermissions();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<ClientContactFieldsFragment | null>(null);
  const [archiveError, setArchiveError] = useState<unknown>(null);
  const { data, previousData, loading, error, refetch } = useQuery(clientContactsQuery, {
    variables: { clientId: client.id, includeArchived },
    notifyOnNetworkStatusChange: true,
  });
  const [archive, archiveState] = useMutation(archiveClientContactMutation, { refetchQueries: ['ClientContacts'] });
  const contacts = (data ?? previousData)?.clientContacts;

  const reloadOne = async (id: string) => {
    const result = await refetch();
    return result.data?.clientContacts.find((contact) => contact.id === id) ?? null;
  };
  const closeArchive = () => {
    setArchiving(null);
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
    <Stack gap="md" component="section" aria-labelledby="network-heading">
      <TabHeader
        id="network-heading"
        title={t('tabs.network.title')}
        description={t('tabs.network.description')}
        action={
          canWrite ? (
            <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing({ contact: null })}>
              {t('tabs.network.add')}
            </Button>
          ) : null
        }
      />
      <Switch
        label={t('tabs.network.showArchived')}
        checked={includeArchived}
        onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
      />
      {error && !contacts ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {loading && !contacts ? <LoadingState label={t('tabs.network.loading')} /> : null}
      {contacts && contacts.length === 0 ? (
        <EmptyView
          headingOrder={3}
          icon={<IconUsersGroup aria-hidden />}
          title={t('tabs.network.emptyTitle')}
          description={t('tabs.network.emptyText')}
        />
      ) : null}
      {contacts && contacts.length > 0 ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('tabs.network.count', { count: contacts.length })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" aria-busy={loading}>
            {contacts.map((contact) => (
              <ContactCard
                key={contact.id}
                contact={contact}
                canWrite={canWrite}
                onEdit={() => setEditing({ contact })}
                onArchive={() => setArchiving(contact)}
              />
            ))}
          </SimpleGrid>
        </>
      ) : null}

      {editing ? (
        <ContactForm
          clientId={client.id}
          contact={editing.contact}
          onClose={() => setEditing(null)}
          onReload={() => reloadOne(editing.contact?.id ?? '')}
        />
      ) : null}
      <ConfirmDialog
        opened={!!archiving}
        title={t('tabs.network.archiveTitle', { name: archiving?.name ?? '' })}
        confirmLabel={t('tabs.network.archive')}
        color="red"
        loading={archiveState.loading}
        error={archiveError}
        onConfirm={() => void confirmArchive()}
        onClose={closeArchive}
        onReload={() => {
          void reloadOne(archiving?.id ?? '').then((latest) => {
            setArchiveError(null);
            setArchiving(latest && !latest.archivedAt ? latest : null);
          });
        }}
      >
        <Text size="sm">{t('tabs.network.archiveText', { name: archiving?.name ?? '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
