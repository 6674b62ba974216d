import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@waymark/web/client';
import type { EditedPlan } from './plan-edit-types';
import { addGoalsFromNeedsMutation } from './plan-edit.operations';
import { usePlanErrorWords } from './plan-errors';
import { planLanguage } from './plan-language';
import { NeedsPicker, type SourceAssessment } from './needs-picker';

/** Adds goals to a draft from needs an assessment found; each is then put in the client's words. */
export function NeedsGoalsDialog({
  plan,
  assessments,
  onClose,
  onReload,
}: {
  plan: EditedPlan;
  assessments: SourceAssessment[];
  onClose: () => void;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const errorWords = usePlanErrorWords();
  const [addGoals, { loading }] = useMutation(addGoalsFromNeedsMutation);
  const [assessmentId, setAssessmentId] = useState<string | null>(assessments.length === 1 ? assessments[0].id : null);
  const [needSources, setNeedSources] = useState<string[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const add = async () => {
    setError(null);
    if (!assessmentId || !needSources.length) {
      setPicked(t('plan.needs.pickOne'));
      return;
    }
    try {
      await addGoals({ variables: { input: { carePlanId: plan.id, version: plan.version, assessmentId, needSources, language: planLanguage(i18n.language) } } });
    } catch (failure) {
      setError(failure);
      return;
    }
    notifications.show({ color: 'green', message: t('plan.needs.done', { count: needSources.length }) });
    onClose();
  };
  return (
    <FormDialog
      title={t('plan.needs.title')}
      submitLabel={t('plan.needs.submit')}
      size="lg"
      loading={loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={() => void add()}
      onClose={onClose}
      onReload={onReload}
    >
      <NeedsPicker
        assessments={assessments}
        assessmentId={assessmentId}
        needSources={needSources}
        onAssessment={setAssessmentId}
        onNeeds={(sources) => {
          setNeedSources(sources);
          setPicked(null);
        }}
        optional={false}
        error={picked}
      />
    </FormDialog>
  );
}
