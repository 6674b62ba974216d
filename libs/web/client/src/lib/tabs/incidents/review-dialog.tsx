import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { FactList } from '../../shared/fact-list';
import { FormDialog } from '../../shared/form-dialog';
import { formatDateTime } from '../../shared/format';
import { useFormSubmit } from '../../shared/use-form-submit';
import { textRule } from '../../shared/validators';
import { reviewIncidentMutation } from './incident.operations';
import { NotificationList } from './notification-list';

/** A supervisor reviews the report and signs it off with a note; after that it no longer changes. */
export function ReviewDialog({
  incident,
  onClose,
  onReload,
}: {
  incident: IncidentFieldsFragment;
  onClose: () => void;
  /** After a CONFLICT: loads the latest and closes, to act on what is there now */
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const [review, { loading }] = useMutation(reviewIncidentMutation, { refetchQueries: ['ClientIncidents'] });
  const form = useForm({ initialValues: { reviewNote: '' }, validate: { reviewNote: textRule(t, LONG_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ reviewNote }) => {
      await review({ variables: { input: { incidentId: incident.id, version: incident.version, reviewNote: reviewNote.trim() } } });
      notifications.show({ color: 'green', message: t('tabs.incidents.reviewed') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog
      title={t('tabs.incidents.reviewTitle')}
      submitLabel={t('tabs.incidents.reviewSubmit')}
      loading={loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      {/* The supervisor signs off what they can read here, not a report they have to remember. */}
      <FactList
        facts={[
          [t('tabs.incidents.typeLabel'), `${t(`tabs.incidents.type.${incident.incidentType}`)} · ${t(`tabs.incidents.severity.${incident.severity}`)}`],
          [t('tabs.incidents.occurredAt'), formatDateTime(incident.occurredAt, i18n.language)],
          [t('tabs.incidents.whatHappened'), incident.description],
          [t('tabs.incidents.actionsTaken'), incident.actionsTaken],
          [t('tabs.incidents.notified'), <NotificationList key="notified" notifications={incident.notifications} />],
        ]}
      />
      <Text size="sm">{t('tabs.incidents.reviewText')}</Text>
      <Textarea
        label={t('tabs.incidents.reviewNote')}
        required
        autosize
        minRows={3}
        maxLength={LONG_TEXT_MAX_LENGTH}
        data-autofocus
        {...form.getInputProps('reviewNote')}
      />
    </FormDialog>
  );
}
