import { Text } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@waymark/web/client';
import type { EditedPlan } from './plan-edit-types';
import { removeCarePlanGoalMutation, removeCarePlanInterventionMutation, removeCarePlanObjectiveMutation } from './plan-edit.operations';
import { usePlanErrorWords } from './plan-errors';

export type RemovedPart = { kind: 'goal' | 'objective' | 'intervention'; id: string; text: string };

/** Asks before a goal, an objective or an intervention leaves a draft (a goal takes its objectives and interventions with it). */
export function RemovePartDialog({
  plan,
  part,
  onClose,
  onDone,
  onReload,
}: {
  plan: EditedPlan;
  part: RemovedPart;
  onClose: () => void;
  /** After removing it: the buttons that named it are gone, so focus goes elsewhere */
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const errorWords = usePlanErrorWords();
  const [removeGoal, goalState] = useMutation(removeCarePlanGoalMutation);
  const [removeObjective, objectiveState] = useMutation(removeCarePlanObjectiveMutation);
  const [removeIntervention, interventionState] = useMutation(removeCarePlanInterventionMutation);
  const [error, setError] = useState<unknown>(null);
  const remove = async () => {
    setError(null);
    const base = { carePlanId: plan.id, version: plan.version };
    try {
      if (part.kind === 'goal') await removeGoal({ variables: { input: { ...base, goalId: part.id } } });
      if (part.kind === 'objective') await removeObjective({ variables: { input: { ...base, objectiveId: part.id } } });
      if (part.kind === 'intervention') await removeIntervention({ variables: { input: { ...base, interventionId: part.id } } });
    } catch (failure) {
      setError(failure);
      return;
    }
    notifications.show({ color: 'green', message: t('plan.remove.done') });
    onDone();
  };
  return (
    <FormDialog
      title={t(`plan.remove.${part.kind}Title`)}
      submitLabel={t('plan.remove.submit')}
      color="red"
      loading={goalState.loading || objectiveState.loading || interventionState.loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={() => void remove()}
      onClose={onClose}
      onReload={onReload}
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t(`plan.remove.${part.kind}Text`, { text: part.text })}
      </Text>
    </FormDialog>
  );
}
