import { useState } from 'react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { showFieldErrors } from '../../shared/field-errors';
import { notificationInput, notificationRules } from './incident-rules';
import { addIncidentNotificationMutation } from './incident.operations';
import { emptyNotification, NotificationFields, type NotificationValues } from './notification-fields';

/** Records that a guardian, a supervisor, the state hotline… was told of the incident, and when. */
export function NotificationDialog({
  incident,
  onClose,
  onReload,
}: {
  incident: IncidentFieldsFragment;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const [error, setError] = useState<unknown>(null);
  const [add, { loading }] = useMutation(addIncidentNotificationMutation);
  const form = useForm<NotificationValues>({
    initialValues: emptyNotification(),
    validate: notificationRules(t),
  });
  const confirm = form.onSubmit(async (values) => {
    setError(null);
    try {
      await add({ variables: { input: { incidentId: incident.id, version: incident.version, ...notificationInput(values) } } });
      notifications.show({ color: 'green', message: t('tabs.incidents.notificationAdded') });
      onClose();
    } catch (failure) {
      if (!showFieldErrors(form, failure, t('tabs.validation.rejected'))) setError(failure);
    }
  });
  return (
    <ConfirmDialog
      opened
      title={t('tabs.incidents.notificationTitle')}
      confirmLabel={t('tabs.incidents.notificationSubmit')}
      loading={loading}
      error={error}
      onConfirm={() => confirm()}
      onClose={onClose}
      onReload={() => {
        onReload();
        onClose();
      }}
    >
      <NotificationFields inputProps={(path) => form.getInputProps(path)} />
    </ConfirmDialog>
  );
}
