import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { CareTeamTrainingFieldsFragment } from '@waymark/web/core';
import { FormDialog, textRule, useFormSubmit } from '@waymark/web/client';
import { removeCareTeamTraineeMutation } from './care-team.operations';
import { ReasonFields } from './reason-fields';

/** Takes one person off a training (they were not there after all), with why; their refresher is cancelled. */
export function RemoveTraineeDialog({
  training,
  traineeId,
  onClose,
  onReload,
}: {
  training: CareTeamTrainingFieldsFragment;
  traineeId: string;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tClient } = useTranslation('client');
  const name = training.trainees.find((trainee) => trainee.id === traineeId)?.name ?? '';
  const [remove, { loading }] = useMutation(removeCareTeamTraineeMutation, { refetchQueries: ['CareTeamTrainingStatus'] });
  const form = useForm({ initialValues: { reason: '' }, validate: { reason: textRule(tClient, MEDIUM_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ reason }) => {
      await remove({ variables: { input: { trainingId: training.id, version: training.version, traineeId, reason: reason.trim() } } });
      notifications.show({ color: 'green', message: t('careTeam.remove.done', { name }) });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog title={t('careTeam.remove.title', { name })} submitLabel={t('careTeam.remove.submit')} color="red" loading={loading} error={error} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <ReasonFields form={form} text={t('careTeam.remove.text')} label={t('careTeam.remove.reason')} />
    </FormDialog>
  );
}
