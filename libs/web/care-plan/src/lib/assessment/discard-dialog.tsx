import { useState } from 'react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { getErrorInfo, type AssessmentFieldsFragment } from '@waymark/web/core';
import { FormDialog } from '@waymark/web/client';
import { discardAssessmentMutation } from './assessment.operations';

/** Throws away an assessment in progress and its answers, after asking. */
export function DiscardDialog({
  assessment,
  flush,
  onClose,
  onDiscarded,
}: {
  assessment: AssessmentFieldsFragment;
  /** Lands what is on its way first, so the version sent is the latest */
  flush: () => Promise<number | null>;
  onClose: () => void;
  onDiscarded: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const [discard, state] = useMutation(discardAssessmentMutation, { refetchQueries: ['ClientAssessments'] });
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    setError(null);
    const version = (await flush()) ?? assessment.version;
    try {
      await discard({ variables: { input: { assessmentId: assessment.id, version } } });
    } catch (failure) {
      // Already gone: what the worker asked for.
      if (getErrorInfo(failure).kind !== 'NOT_FOUND') {
        setError(failure);
        return;
      }
    }
    notifications.show({ color: 'green', message: t('assessment.discard.done') });
    onDiscarded();
  };

  return (
    <FormDialog
      title={t('assessment.discard.title', { name: assessment.instrument.name })}
      submitLabel={t('assessment.discard.submit')}
      color="red"
      loading={state.loading}
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Text size="sm">{t('assessment.discard.text')}</Text>
    </FormDialog>
  );
}
