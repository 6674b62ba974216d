import { Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEDIUM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { FormDialog, textRule, useFormSubmit } from '@waymark/web/client';
import { closeCarePlanMutation, returnCarePlanMutation } from './plan-flow.operations';
import { usePlanErrorWords } from './plan-errors';
import { PLAN_STEP_QUERIES } from './plan-lists';

/** Returning a submitted plan (with what must change) or closing a plan (with why): both need a few words. */
export function PlanNoteDialog({
  plan,
  step,
  onClose,
  onDone,
  onReload,
}: {
  plan: { id: string; version: number };
  step: 'returnPlan' | 'close';
  onClose: () => void;
  /** After the step: the button that opened the dialog may be gone, so focus goes elsewhere */
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const errorWords = usePlanErrorWords();
  const [returnPlan, returning] = useMutation(returnCarePlanMutation, { refetchQueries: PLAN_STEP_QUERIES });
  const [closePlan, closing] = useMutation(closeCarePlanMutation, { refetchQueries: PLAN_STEP_QUERIES });
  const form = useForm({ initialValues: { text: '' }, validate: { text: textRule(tc, MEDIUM_TEXT_MAX_LENGTH, { required: true }) } });
  const { submit, error } = useFormSubmit(
    form,
    async ({ text }) => {
      const base = { carePlanId: plan.id, version: plan.version };
      if (step === 'returnPlan') await returnPlan({ variables: { input: { ...base, note: text.trim() } } });
      else await closePlan({ variables: { input: { ...base, reason: text.trim() } } });
      notifications.show({ color: 'green', message: t(`plan.${step}.done`) });
    },
    { onDone, aliases: { note: 'text', reason: 'text' } },
  );
  return (
    <FormDialog
      title={t(`plan.${step}.title`)}
      submitLabel={t(`plan.${step}.submit`)}
      color={step === 'close' ? 'red' : undefined}
      loading={returning.loading || closing.loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Text size="sm">{t(`plan.${step}.text`)}</Text>
      <Textarea
        label={step === 'returnPlan' ? t('plan.returnPlan.note') : t('plan.close.reason')}
        required
        autosize
        minRows={3}
        maxLength={MEDIUM_TEXT_MAX_LENGTH}
        data-autofocus
        {...form.getInputProps('text')}
      />
    </FormDialog>
  );
}
