import { Radio, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, MEDIUM_TEXT_MAX_LENGTH, PROGRESS_RATINGS } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { FormDialog, formatDateTime, optionalText, textRule, useFormSubmit } from '@waymark/web/client';
import { isBeforeStart } from '../plan/plan-dates';
import { usePlanErrorWords } from '../plan/plan-errors';
import type { PlanGoal } from '../plan/plan-goal';
import { progressCaseNotesQuery } from './progress-notes.operations';
import { recordProgressMutation } from './progress.operations';

const WHOLE_GOAL = 'whole-goal';
const NO_NOTE = 'no-note';

/**
 * Records how a goal of the active plan is going: a rating in words from "lost ground" to
 * "achieved", a note, the day, optionally for one objective and from one of the client's case notes.
 */
export function RecordProgressDialog({ plan, goal, onClose }: { plan: { id: string; clientId: string; effectiveOn: string }; goal: PlanGoal; onClose: () => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const errorWords = usePlanErrorWords();
  const today = calendarDay(new Date());
  const notes = useQuery(progressCaseNotesQuery, { variables: { clientId: plan.clientId } });
  const [record, { loading }] = useMutation(recordProgressMutation, { refetchQueries: ['ClientProgress', 'ClientCarePlans'] });
  const form = useForm({
    initialValues: { rating: '', objectiveKey: WHOLE_GOAL, note: '', recordedOn: today, caseNoteId: NO_NOTE },
    validate: {
      rating: (value) => (value ? null : t('progress.record.chooseRating')),
      note: textRule(tc, MEDIUM_TEXT_MAX_LENGTH),
      recordedOn: (value) =>
        !value ? tc('tabs.validation.date') : value > today ? t('progress.record.inFuture') : isBeforeStart(plan.effectiveOn, value) ? t('progress.record.beforePlan') : null,
    },
  });
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      await record({
        variables: {
          input: {
            carePlanId: plan.id,
            goalKey: goal.goalKey,
            objectiveKey: values.objectiveKey === WHOLE_GOAL ? null : values.objectiveKey,
            rating: Number(values.rating),
            note: optionalText(values.note),
            recordedOn: values.recordedOn,
            caseNoteId: values.caseNoteId === NO_NOTE ? null : values.caseNoteId,
          },
        },
      });
      notifications.show({ color: 'green', message: t('progress.record.done') });
    },
    { onDone: onClose },
  );
  const caseNotes = notes.data?.caseNotes.edges.map(({ node }) => node) ?? [];
  return (
    <FormDialog
      title={t('progress.record.title')}
      submitLabel={t('progress.record.submit')}
      loading={loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Text size="sm">
          <Text span size="sm" c="dimmed">
            {t('progress.record.goal')}:{' '}
          </Text>
          {goal.statement}
        </Text>
        {goal.objectives.length ? (
          <Select
            label={t('progress.record.objective')}
            allowDeselect={false}
            data={[
              { value: WHOLE_GOAL, label: t('progress.record.wholeGoal') },
              ...goal.objectives.map((objective) => ({ value: objective.objectiveKey, label: objective.description })),
            ]}
            {...form.getInputProps('objectiveKey')}
          />
        ) : null}
        <Radio.Group label={t('progress.record.rating')} required {...form.getInputProps('rating')}>
          <Stack gap={6} mt={6}>
            {PROGRESS_RATINGS.map((rating) => (
              <Radio key={rating} value={String(rating)} label={t('progress.ratingValue', { rating, word: t(`progress.rating.${rating}`) })} data-autofocus={rating === 1 || undefined} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t('progress.record.note')} description={t('progress.record.noteHint')} autosize minRows={2} maxLength={MEDIUM_TEXT_MAX_LENGTH} {...form.getInputProps('note')} />
        <TextInput type="date" label={t('progress.record.recordedOn')} required min={plan.effectiveOn} max={today} {...form.getInputProps('recordedOn')} />
        <Select
          label={t('progress.record.caseNote')}
          allowDeselect={false}
          data={[
            { value: NO_NOTE, label: t('progress.record.noCaseNote') },
            ...caseNotes.map((note) => ({ value: note.id, label: `${formatDateTime(note.occurredAt, i18n.language)} · ${tc(`tabs.notes.type.${note.noteType}`)}` })),
          ]}
          {...form.getInputProps('caseNoteId')}
        />
        {/* Without the notes none can be chosen: say so, rather than look as if the client had none. */}
        {notes.error ? <ErrorState error={notes.error} title={t('progress.record.notesFailed')} onRetry={() => void notes.refetch()} /> : null}
      </Stack>
    </FormDialog>
  );
}
