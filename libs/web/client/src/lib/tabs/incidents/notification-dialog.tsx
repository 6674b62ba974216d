import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
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
  /** After a CONFLICT: loads the latest and closes, to act on what is there now */
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
  const [add, { loading }] = useMutation(addIncidentNotificationMutation);
  const form = useForm<NotificationValues>({ initialValues: emptyNotification(), validate: notificationRules(t) });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await add({ variables: { input: { incidentId: incident.id, version: incident.version, ...notificationInput(values) } } });
      notifications.show({ color: 'green', message: t('tabs.incidents.notificationAdded') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog
      title={t('tabs.incidents.notificationTitle')}
      submitLabel={t('tabs.incidents.notificationSubmit')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <NotificationFields inputProps={(path) => form.getInputProps(path)} />
    </FormDialog>
  );
}
