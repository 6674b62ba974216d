import { useState } from 'react';
import { Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, ErrorReason } from '@waymark/shared/types';
import { focusFirstInvalid, getErrorInfo, type AssessmentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '@waymark/web/client';
import { completeAssessmentMutation } from './assessment.operations';

/**
 * Completes an assessment on the day it was done, which locks it and scores it. Missing
 * answers the server finds (INCOMPLETE) go back to the runner to be pointed at; a version
 * saved elsewhere meanwhile (CONFLICT) goes to the save status, which offers the choice.
 */
export function CompleteDialog({
  assessment,
  version,
  onClose,
  onCompleted,
  onIncomplete,
  onConflict,
}: {
  assessment: AssessmentFieldsFragment;
  /** The version the answers were last saved as */
  version: number;
  onClose: () => void;
  onCompleted: () => void;
  onIncomplete: (questions: string[]) => void;
  onConflict: (failure: unknown) => void;
}) {
  const { t } = useTranslation('carePlan');
  const today = calendarDay(new Date());
  const [complete, state] = useMutation(completeAssessmentMutation, { refetchQueries: ['ClientAssessments'] });
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { completedOn: today },
    validate: {
      completedOn: (value) => (!value ? t('assessment.complete.dateRequired') : value > today ? t('assessment.complete.dateInFuture') : null),
    },
  });

  const submit = form.onSubmit(async ({ completedOn }) => {
    setError(null);
    try {
      await complete({ variables: { input: { assessmentId: assessment.id, version, completedOn } } });
    } catch (failure) {
      const info = getErrorInfo(failure);
      if (info.reason === ErrorReason.INCOMPLETE) onIncomplete(info.fields.map((field) => field.field));
      else if (info.kind === 'CONFLICT') onConflict(failure);
      else if (info.kind === 'BAD_USER_INPUT' && info.fields.some((field) => field.field.endsWith('completedOn'))) {
        form.setFieldError('completedOn', info.fields.find((field) => field.field.endsWith('completedOn'))?.message ?? '');
      } else setError(failure);
      return;
    }
    onCompleted();
    notifications.show({ color: 'green', message: t('assessment.complete.done', { name: assessment.instrument.name }) });
  }, focusFirstInvalid);

  return (
    <FormDialog
      title={t('assessment.complete.title', { name: assessment.instrument.name })}
      submitLabel={t('assessment.complete.submit')}
      loading={state.loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Text size="sm">{t('assessment.complete.text')}</Text>
        <TextInput type="date" label={t('assessment.complete.date')} required max={today} data-autofocus w={{ base: '100%', sm: 240 }} {...form.getInputProps('completedOn')} />
      </Stack>
    </FormDialog>
  );
}
