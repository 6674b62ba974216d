import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { CareTeamTrainingFieldsFragment } from '@waymark/web/core';
import { FormDialog, textRule, useFormSubmit } from '@waymark/web/client';
import { voidCareTeamTrainingMutation } from './care-team.operations';
import { ReasonFields } from './reason-fields';

/** Voids a training entered by mistake, with why; its open refreshers are cancelled. */
export function VoidTrainingDialog({ training, onClose, onReload }: { training: CareTeamTrainingFieldsFragment; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tClient } = useTranslation('client');
  const [voidTraining, { loading }] = useMutation(voidCareTeamTrainingMutation, { refetchQueries: ['CareTeamTrainingStatus', 'CareTeamTrainings'] });
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: textRule(tClient, MEDIUM_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ reason }) => {
      await voidTraining({ variables: { input: { trainingId: training.id, version: training.version, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('careTeam.void.done') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog title={t('careTeam.void.title')} submitLabel={t('careTeam.void.submit')} color="red" loading={loading} error={error} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <ReasonFields form={form} text={t('careTeam.void.text')} label={t('careTeam.void.reason')} />
    </FormDialog>
  );
}
