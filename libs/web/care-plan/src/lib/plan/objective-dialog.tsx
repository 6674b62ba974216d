import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PLAN_ITEM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { optionalText, textRule, useFormSubmit } from '@waymark/web/client';
import type { EditedPlan } from './plan-edit-types';
import { addCarePlanObjectiveMutation, updateCarePlanObjectiveMutation } from './plan-edit.operations';
import { isBeforeStart } from './plan-dates';
import { PlanItemDialog } from './plan-item-dialog';
import type { PlanGoal, PlanObjective } from './plan-goal';

/** Adds a measurable objective to a goal of a draft, or changes one: what, how it is measured, from where to where, by when. */
export function ObjectiveDialog({
  plan,
  goal,
  objective,
  onClose,
  onReload,
}: {
  plan: EditedPlan;
  goal: PlanGoal;
  objective: PlanObjective | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const [add, adding] = useMutation(addCarePlanObjectiveMutation);
  const [update, updating] = useMutation(updateCarePlanObjectiveMutation);
  const required = textRule(tc, PLAN_ITEM_TEXT_MAX_LENGTH, { required: true });
  const form = useForm({
    initialValues: {
      description: objective?.description ?? '',
      measure: objective?.measure ?? '',
      baseline: objective?.baseline ?? '',
      target: objective?.target ?? '',
      targetDate: objective?.targetDate ?? '',
    },
    validate: {
      description: required,
      measure: required,
      baseline: textRule(tc, PLAN_ITEM_TEXT_MAX_LENGTH),
      target: required,
      targetDate: (value) => (isBeforeStart(plan.effectiveOn, value) ? t('plan.errors.targetBeforeStart') : null),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      const fields = {
        description: values.description.trim(),
        measure: values.measure.trim(),
        baseline: optionalText(values.baseline),
        target: values.target.trim(),
        targetDate: values.targetDate || null,
      };
      const base = { carePlanId: plan.id, version: plan.version };
      if (objective) await update({ variables: { input: { ...base, objectiveId: objective.id, ...fields } } });
      else await add({ variables: { input: { ...base, goalId: goal.id, ...fields } } });
      notifications.show({ color: 'green', message: objective ? t('plan.objectiveForm.saved') : t('plan.objectiveForm.added') });
    },
    { onDone: onClose },
  );
  return (
    <PlanItemDialog
      item="objective"
      editing={Boolean(objective)}
      loading={adding.loading || updating.loading}
      error={error}
      text={{ label: t('plan.objectiveForm.description'), hint: t('plan.objectiveForm.descriptionHint'), input: form.getInputProps('description') }}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <TextInput
        label={t('plan.objectiveForm.measure')}
        description={t('plan.objectiveForm.measureHint')}
        required
        maxLength={PLAN_ITEM_TEXT_MAX_LENGTH}
        {...form.getInputProps('measure')}
      />
      <TextInput label={t('plan.objectiveForm.baseline')} maxLength={PLAN_ITEM_TEXT_MAX_LENGTH} {...form.getInputProps('baseline')} />
      <TextInput label={t('plan.objectiveForm.target')} required maxLength={PLAN_ITEM_TEXT_MAX_LENGTH} {...form.getInputProps('target')} />
      <TextInput type="date" label={t('plan.objectiveForm.targetDate')} min={plan.effectiveOn} {...form.getInputProps('targetDate')} />
    </PlanItemDialog>
  );
}
