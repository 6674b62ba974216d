import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { EmergencyCallFieldsFragment } from '@waymark/web/core';
import { FormDialog, textRule, useFormSubmit } from '@waymark/web/client';
import { recordCallFollowUpMutation } from './on-call.operations';

/** The client's worker records what the morning's follow-up found and did; its task on the worklist closes. */
export function FollowUpDialog({ call, onClose }: { call: EmergencyCallFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const [record, { loading }] = useMutation(recordCallFollowUpMutation, { refetchQueries: ['EmergencyCalls', 'MyTasks', 'WorkSummary'] });
  const form = useForm({ initialValues: { note: '' }, validate: { note: textRule(tc, LONG_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ note }) => {
      await record({ variables: { input: { callId: call.id, version: call.version, note: note.trim() } } });
      notifications.show({ color: 'green', message: t('onCall.followUp.done') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog title={t('onCall.followUp.title')} submitLabel={t('onCall.followUp.submit')} loading={loading} error={error} onSubmit={submit} onClose={onClose}>
      <Text size="sm">{t('onCall.call.title', { name: call.callerName, relation: t(`onCall.relation.${call.callerRelation}`) })}</Text>
      <Textarea label={t('onCall.followUp.note')} required autosize minRows={4} maxRows={12} maxLength={LONG_TEXT_MAX_LENGTH} data-autofocus {...form.getInputProps('note')} />
    </FormDialog>
  );
}
