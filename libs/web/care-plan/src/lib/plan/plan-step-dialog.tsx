import { useState } from 'react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@waymark/web/client';
import { approveCarePlanMutation, reviseCarePlanMutation, submitCarePlanMutation } from './plan-flow.operations';
import { usePlanErrorWords } from './plan-errors';
import { PLAN_STEP_QUERIES } from './plan-lists';

export type PlanStep = 'submit' | 'approve' | 'revise';

/** Submitting a draft, approving a submitted plan, revising an active one: each said in full before it is done. */
export function PlanStepDialog({
  plan,
  step,
  onClose,
  onDone,
  onReload,
}: {
  plan: { id: string; version: number; programName: string };
  step: PlanStep;
  onClose: () => void;
  /** After the step: the button that opened the dialog may be gone, so focus goes elsewhere */
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation('carePlan');
  const errorWords = usePlanErrorWords();
  const [submitPlan, submitting] = useMutation(submitCarePlanMutation, { refetchQueries: PLAN_STEP_QUERIES });
  const [approve, approving] = useMutation(approveCarePlanMutation, { refetchQueries: PLAN_STEP_QUERIES });
  const [revise, revising] = useMutation(reviseCarePlanMutation, { refetchQueries: PLAN_STEP_QUERIES });
  const [error, setError] = useState<unknown>(null);
  const act = async () => {
    setError(null);
    const input = { carePlanId: plan.id, version: plan.version };
    try {
      if (step === 'submit') await submitPlan({ variables: { input } });
      if (step === 'approve') await approve({ variables: { input } });
      if (step === 'revise') await revise({ variables: { input } });
    } catch (failure) {
      setError(failure);
      return;
    }
    notifications.show({ color: 'green', message: t(`plan.${step}.done`) });
    onDone();
  };
  return (
    <FormDialog
      title={t(`plan.${step}.title`)}
      submitLabel={t(`plan.${step}.submit`)}
      loading={submitting.loading || approving.loading || revising.loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={() => void act()}
      onClose={onClose}
      onReload={onReload}
    >
      <Text size="sm">{t(`plan.${step}.text`, { program: plan.programName })}</Text>
    </FormDialog>
  );
}
