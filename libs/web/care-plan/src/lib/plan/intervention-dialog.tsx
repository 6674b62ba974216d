import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_RESPONSIBLES, type InterventionResponsible, PLAN_ITEM_TEXT_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { optionalText, textRule, useFormSubmit } from '@waymark/web/client';
import type { EditedPlan } from './plan-edit-types';
import { addCarePlanInterventionMutation, updateCarePlanInterventionMutation } from './plan-edit.operations';
import { PlanItemDialog } from './plan-item-dialog';
import type { PlanGoal, PlanIntervention } from './plan-goal';

/** The choice for an intervention that serves the goal as a whole, not one objective. */
const WHOLE_GOAL = 'whole-goal';

/** Adds an intervention to a goal of a draft, or changes one: what is done, by whom, how often, and for which objective. */
export function InterventionDialog({
  plan,
  goal,
  intervention,
  onClose,
  onReload,
}: {
  plan: EditedPlan;
  goal: PlanGoal;
  intervention: PlanIntervention | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const [add, adding] = useMutation(addCarePlanInterventionMutation);
  const [update, updating] = useMutation(updateCarePlanInterventionMutation);
  const optional = textRule(tc, SHORT_TEXT_MAX_LENGTH);
  const form = useForm({
    initialValues: {
      description: intervention?.description ?? '',
      responsible: (intervention?.responsible ?? 'CASE_MANAGER') as InterventionResponsible,
      responsibleName: intervention?.responsibleName ?? '',
      frequency: intervention?.frequency ?? '',
      objectiveId: intervention?.objectiveId ?? WHOLE_GOAL,
    },
    validate: { description: textRule(tc, PLAN_ITEM_TEXT_MAX_LENGTH, { required: true }), responsibleName: optional, frequency: optional },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      const fields = {
        description: values.description.trim(),
        responsible: values.responsible,
        responsibleName: optionalText(values.responsibleName),
        frequency: optionalText(values.frequency),
        objectiveId: values.objectiveId === WHOLE_GOAL ? null : values.objectiveId,
      };
      const base = { carePlanId: plan.id, version: plan.version };
      if (intervention) await update({ variables: { input: { ...base, interventionId: intervention.id, ...fields } } });
      else await add({ variables: { input: { ...base, goalId: goal.id, ...fields } } });
      notifications.show({ color: 'green', message: intervention ? t('plan.interventionForm.saved') : t('plan.interventionForm.added') });
    },
    { onDone: onClose },
  );
  return (
    <PlanItemDialog
      item="intervention"
      editing={Boolean(intervention)}
      loading={adding.loading || updating.loading}
      error={error}
      text={{ label: t('plan.interventionForm.description'), hint: t('plan.interventionForm.descriptionHint'), input: form.getInputProps('description') }}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Select
        label={t('plan.interventionForm.responsible')}
        allowDeselect={false}
        data={INTERVENTION_RESPONSIBLES.map((who) => ({ value: who, label: t(`plan.responsible.${who}`) }))}
        {...form.getInputProps('responsible')}
      />
      <TextInput label={t('plan.interventionForm.responsibleName')} maxLength={SHORT_TEXT_MAX_LENGTH} {...form.getInputProps('responsibleName')} />
      <TextInput
        label={t('plan.interventionForm.frequency')}
        description={t('plan.interventionForm.frequencyHint')}
        maxLength={SHORT_TEXT_MAX_LENGTH}
        {...form.getInputProps('frequency')}
      />
      {goal.objectives.length ? (
        <Select
          label={t('plan.interventionForm.objective')}
          allowDeselect={false}
          data={[
            { value: WHOLE_GOAL, label: t('plan.interventionForm.wholeGoal') },
            ...goal.objectives.map((objective) => ({ value: objective.id, label: objective.description })),
          ]}
          {...form.getInputProps('objectiveId')}
        />
      ) : null}
    </PlanItemDialog>
  );
}
