import { useState } from 'react';
import { Alert, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { isDeliveryAddress, ResourceListChannel, ResourceListDeliveryStatus } from '@waymark/shared/types';
import { LoadingState } from '@waymark/web/core';
import { ActionError, FormActions, FormModal } from '@waymark/web/client';
import { deliverResourceListMutation, resourceListClientQuery } from './resource-lists.operations';

type SendChannel = Exclude<ResourceListChannel, 'PRINTED'>;

/**
 * Sends a list to the client's own e-mail or phone: the one on their record unless another is
 * typed. A send the provider refused is recorded all the same, and said here with its reason.
 */
export function SendResourceListDialog({
  clientId,
  listId,
  channel,
  onClose,
  onSent,
}: {
  clientId: string;
  listId: string;
  channel: SendChannel;
  onClose: () => void;
  onSent: () => void;
}) {
  const { t } = useTranslation('referral');
  const client = useQuery(resourceListClientQuery, { variables: { id: clientId } });
  const onRecord = channel === ResourceListChannel.EMAIL ? client.data?.client.email : client.data?.client.phone;
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [deliver, { loading, error }] = useMutation(deliverResourceListMutation);

  const send = async () => {
    const typed = address.trim();
    if ((!typed && !onRecord) || (typed && !isDeliveryAddress(channel, typed))) {
      setInvalid(typed ? t(`resourceLists.send.invalid${channel}`) : t('resourceLists.send.noneOnRecord'));
      return;
    }
    setInvalid(null);
    const { data } = await deliver({ variables: { input: { resourceListId: listId, channel, address: typed || null } } });
    const delivery = data?.deliverResourceList;
    if (!delivery) return;
    onSent();
    if (delivery.status === ResourceListDeliveryStatus.FAILED) {
      setFailed(t('resourceLists.send.failed', { error: delivery.error }));
      return;
    }
    notifications.show({ message: t('resourceLists.send.sent', { address: delivery.address }), color: 'green' });
    onClose();
  };

  return (
    <FormModal opened title={t(`resourceLists.send.title${channel}`)} onClose={onClose} size="md">
      {client.loading ? (
        <LoadingState />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send().catch(() => undefined);
          }}
        >
          <Stack gap="md">
            <TextInput
              label={t(`resourceLists.send.address${channel}`)}
              type={channel === ResourceListChannel.EMAIL ? 'email' : 'tel'}
              value={address}
              onChange={(event) => setAddress(event.currentTarget.value)}
              placeholder={onRecord ?? undefined}
              error={invalid}
              maxLength={254}
              data-autofocus
            />
            <Text size="sm" c="dimmed">
              {onRecord ? t('resourceLists.send.onRecord', { address: onRecord }) : t('resourceLists.send.noneOnRecord')}
            </Text>
            {failed ? (
              <Alert color="red" variant="light" role="alert">
                {failed}
              </Alert>
            ) : null}
            <ActionError error={error} />
            <FormActions onCancel={onClose} submitLabel={t('resourceLists.send.send')} loading={loading} />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
