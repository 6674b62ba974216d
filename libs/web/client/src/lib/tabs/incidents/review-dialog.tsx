import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { IncidentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '../../shared/form-dialog';
import { useFormSubmit } from '../../shared/use-form-submit';
import { textRule } from '../../shared/validators';
import { reviewIncidentMutation } from './incident.operations';

/** A supervisor reviews the report and signs it off with a note; after that it no longer changes. */
export function ReviewDialog({
  incident,
  onClose,
  onReload,
}: {
  incident: IncidentFieldsFragment;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('client');
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
      onReload={() => {
        onReload();
        onClose();
      }}
    >
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
