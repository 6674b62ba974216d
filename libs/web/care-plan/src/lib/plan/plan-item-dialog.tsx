import type { FormEvent, ReactNode } from 'react';
import { Stack, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PLAN_ITEM_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { FormDialog } from '@waymark/web/client';
import { usePlanErrorWords } from './plan-errors';

/** The words of each kind of item a draft holds; written out whole so every key can be found where it is used. */
const ITEM_WORDS = {
  goal: { addTitle: 'plan.goalForm.addTitle', editTitle: 'plan.goalForm.editTitle', add: 'plan.actions.addGoal' },
  objective: { addTitle: 'plan.objectiveForm.addTitle', editTitle: 'plan.objectiveForm.editTitle', add: 'plan.actions.addObjective' },
  intervention: { addTitle: 'plan.interventionForm.addTitle', editTitle: 'plan.interventionForm.editTitle', add: 'plan.actions.addIntervention' },
} as const;

/**
 * The dialog that adds an item (goal, objective, intervention) to a draft or changes one: titled and
 * labelled for which it does, opening on the item's main text, with the item's own fields below.
 */
export function PlanItemDialog({
  item,
  editing,
  loading,
  error,
  text,
  onSubmit,
  onClose,
  onReload,
  children,
}: {
  item: keyof typeof ITEM_WORDS;
  editing: boolean;
  loading: boolean;
  error: unknown;
  /** The main text: its label, the hint under it and the form's props for it. */
  text: { label: string; hint: string; input: GetInputPropsReturnType };
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  onReload: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const errorWords = usePlanErrorWords();
  const words = ITEM_WORDS[item];
  return (
    <FormDialog
      title={editing ? t(words.editTitle) : t(words.addTitle)}
      submitLabel={editing ? tc('tabs.common.saveChanges') : t(words.add)}
      loading={loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={onSubmit}
      onClose={onClose}
      onReload={onReload}
    >
      <Stack gap="sm">
        <Textarea label={text.label} description={text.hint} required autosize minRows={2} maxLength={PLAN_ITEM_TEXT_MAX_LENGTH} data-autofocus {...text.input} />
        {children}
      </Stack>
    </FormDialog>
  );
}
