import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GOAL_PRIORITIES, GOAL_STATUSES, type GoalPriority, type GoalStatus, LIFE_DOMAINS, type LifeDomain, PLAN_ITEM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { textRule, useFormSubmit } from '@waymark/web/client';
import { addCarePlanGoalMutation, updateCarePlanGoalMutation } from './plan-edit.operations';
import { isBeforeStart } from './plan-dates';
import { PlanItemDialog } from './plan-item-dialog';
import type { PlanGoal } from './plan-goal';
import type { EditedPlan } from './plan-edit-types';

/** Adds a goal to a draft, or changes one: the client's words, the life area, priority, target date (and, once set, its status). */
export function GoalDialog({ plan, goal, onClose, onReload }: { plan: EditedPlan; goal: PlanGoal | null; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const [add, adding] = useMutation(addCarePlanGoalMutation);
  const [update, updating] = useMutation(updateCarePlanGoalMutation);
  const form = useForm({
    initialValues: {
      statement: goal?.statement ?? '',
      domain: (goal?.domain ?? '') as LifeDomain | '',
      priority: (goal?.priority ?? 'MEDIUM') as GoalPriority,
      targetDate: goal?.targetDate ?? '',
      status: (goal?.status ?? 'IN_PROGRESS') as GoalStatus,
    },
    validate: {
      statement: textRule(tc, PLAN_ITEM_TEXT_MAX_LENGTH, { required: true }),
      domain: (value) => (value ? null : t('plan.goalForm.chooseDomain')),
      targetDate: (value) => (isBeforeStart(plan.effectiveOn, value) ? t('plan.errors.targetBeforeStart') : null),
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      const fields = {
        statement: values.statement.trim(),
        domain: values.domain as LifeDomain,
        priority: values.priority,
        targetDate: values.targetDate || null,
      };
      const base = { carePlanId: plan.id, version: plan.version };
      if (goal) await update({ variables: { input: { ...base, goalId: goal.id, ...fields, status: values.status } } });
      else await add({ variables: { input: { ...base, ...fields } } });
      notifications.show({ color: 'green', message: goal ? t('plan.goalForm.saved') : t('plan.goalForm.added') });
    },
    { onDone: onClose },
  );
  return (
    <PlanItemDialog
      item="goal"
      editing={Boolean(goal)}
      loading={adding.loading || updating.loading}
      error={error}
      text={{ label: t('plan.goalForm.statement'), hint: t('plan.goalForm.statementHint'), input: form.getInputProps('statement') }}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <Select
        label={t('plan.goalForm.domain')}
        placeholder={t('plan.goalForm.chooseDomain')}
        required
        searchable
        data={LIFE_DOMAINS.map((domain) => ({ value: domain, label: t(`plan.domain.${domain}`) }))}
        {...form.getInputProps('domain')}
      />
      <Select
        label={t('plan.goalForm.priority')}
        allowDeselect={false}
        data={GOAL_PRIORITIES.map((priority) => ({ value: priority, label: t(`plan.priorityName.${priority}`) }))}
        {...form.getInputProps('priority')}
      />
      <TextInput type="date" label={t('plan.goalForm.targetDate')} min={plan.effectiveOn} {...form.getInputProps('targetDate')} />
      {goal ? (
        <Select
          label={t('plan.goalForm.status')}
          allowDeselect={false}
          data={GOAL_STATUSES.map((status) => ({ value: status, label: t(`plan.goalStatus.${status}`) }))}
          {...form.getInputProps('status')}
        />
      ) : null}
    </PlanItemDialog>
  );
}
