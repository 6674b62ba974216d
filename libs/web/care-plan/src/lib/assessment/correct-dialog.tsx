import { Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { AssessmentListFieldsFragment } from '@waymark/web/core';
import { FormDialog, textRule, useFormSubmit } from '@waymark/web/client';
import { correctAssessmentMutation } from './assessment.operations';

/**
 * Corrects a completed assessment: asks why, then opens a new version with its answers in the
 * runner. The completed one stays as it was until the correction is completed.
 */
export function CorrectDialog({ assessment, onClose }: { assessment: Pick<AssessmentListFieldsFragment, 'id' | 'clientId' | 'instrument'>; onClose: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tClient } = useTranslation('client');
  const navigate = useNavigate();
  const [correct, state] = useMutation(correctAssessmentMutation, { refetchQueries: ['ClientAssessments'] });
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: textRule(tClient, MEDIUM_TEXT_MAX_LENGTH, { required: true }) },
  });
  const { submit, error } = useFormSubmit(form, async ({ reason }) => {
    const { data } = await correct({ variables: { input: { assessmentId: assessment.id, reason: reason.trim() } } });
    const draft = data?.correctAssessment;
    if (draft) navigate(`/clients/${assessment.clientId}/assessments/${draft.id}`);
  });

  return (
    <FormDialog
      title={t('assessment.correct.title', { name: assessment.instrument.name })}
      submitLabel={t('assessment.correct.submit')}
      loading={state.loading}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Text size="sm">{t('assessment.correct.text')}</Text>
        <Textarea
          label={t('assessment.correct.reason')}
          required
          autosize
          minRows={2}
          maxLength={MEDIUM_TEXT_MAX_LENGTH}
          data-autofocus
          {...form.getInputProps('reason')}
        />
      </Stack>
    </FormDialog>
  );
}
