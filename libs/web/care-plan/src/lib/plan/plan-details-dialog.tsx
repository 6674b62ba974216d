import { Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import type { CarePlanFieldsFragment } from '@waymark/web/core';
import { FormDialog, optionalText, textRule, useFormSubmit, useRebasedForm } from '@waymark/web/client';
import { updateCarePlanMutation } from './plan-edit.operations';
import { isBeforeStart } from './plan-dates';
import { usePlanErrorWords } from './plan-errors';

/** Changes a draft's start and review dates, the client's vision and their strengths; a reload after a CONFLICT keeps what was typed. */
export function PlanDetailsDialog({ plan, onClose, onReload }: { plan: CarePlanFieldsFragment; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const errorWords = usePlanErrorWords();
  const [update, { loading }] = useMutation(updateCarePlanMutation);
  const { form, changes } = useRebasedForm(
    { effectiveOn: plan.effectiveOn, reviewDueOn: plan.reviewDueOn ?? '', clientVision: plan.clientVision ?? '', strengths: plan.strengths ?? '' },
    plan.version,
    {
      effectiveOn: (value) => (value ? null : t('plan.create.dateRequired')),
      reviewDueOn: (value, values) => (isBeforeStart(values.effectiveOn, value) ? t('plan.create.reviewBeforeStart') : null),
      clientVision: textRule(tc, LONG_TEXT_MAX_LENGTH),
      strengths: textRule(tc, LONG_TEXT_MAX_LENGTH),
    },
  );
  const { submit, error } = useFormSubmit(
    form,
    async () => {
      const changed = changes();
      await update({
        variables: {
          input: {
            carePlanId: plan.id,
            version: plan.version,
            ...(changed.effectiveOn !== undefined ? { effectiveOn: changed.effectiveOn } : {}),
            ...(changed.reviewDueOn !== undefined ? { reviewDueOn: changed.reviewDueOn || null } : {}),
            ...(changed.clientVision !== undefined ? { clientVision: optionalText(changed.clientVision) } : {}),
            ...(changed.strengths !== undefined ? { strengths: optionalText(changed.strengths) } : {}),
          },
        },
      });
      notifications.show({ color: 'green', message: t('plan.details.done') });
    },
    { onDone: onClose },
  );
  return (
    <FormDialog
      title={t('plan.details.title')}
      submitLabel={tc('tabs.common.saveChanges')}
      size="lg"
      loading={loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Stack gap="sm">
        <TextInput type="date" label={t('plan.create.effectiveOn')} required data-autofocus {...form.getInputProps('effectiveOn')} />
        <TextInput type="date" label={t('plan.create.reviewDueOn')} description={t('plan.create.reviewDueOnHint')} {...form.getInputProps('reviewDueOn')} />
        <Textarea
          label={t('plan.create.clientVision')}
          description={t('plan.create.clientVisionHint')}
          autosize
          minRows={3}
          maxLength={LONG_TEXT_MAX_LENGTH}
          {...form.getInputProps('clientVision')}
        />
        <Textarea label={t('plan.create.strengths')} autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('strengths')} />
      </Stack>
    </FormDialog>
  );
}
