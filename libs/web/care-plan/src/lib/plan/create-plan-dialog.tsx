import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, LONG_TEXT_MAX_LENGTH } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { FormDialog, optionalText, textRule, useFormSubmit } from '@waymark/web/client';
import { NeedsPicker, type SourceAssessment } from './needs-picker';
import { createCarePlanMutation } from './plan-flow.operations';
import { isBeforeStart } from './plan-dates';
import { usePlanErrorWords } from './plan-errors';
import { planLanguage } from './plan-language';
import { planTemplatesQuery } from './plan-templates.operations';

export interface PlannableEnrollment {
  id: string;
  openedOn: string;
  program: { id: string; name: string };
}

/**
 * Starts a draft plan for one of the client's open enrollments: when it starts, the client's
 * vision in their words, and what seeds its goals — the program's template, the needs an
 * assessment found, both or neither.
 */
export function CreatePlanDialog({
  enrollments,
  enrollmentId,
  assessments,
  onClose,
  onCreated,
}: {
  enrollments: PlannableEnrollment[];
  /** The enrollment chosen already (from its card), if any */
  enrollmentId: string | null;
  assessments: SourceAssessment[];
  onClose: () => void;
  onCreated: (planId: string) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const { t: tc } = useTranslation('client');
  const errorWords = usePlanErrorWords();
  const [create, { loading }] = useMutation(createCarePlanMutation, { refetchQueries: ['ClientCarePlans', 'MyCarePlansInProgress'], awaitRefetchQueries: true });
  const form = useForm({
    initialValues: {
      enrollmentId: enrollmentId ?? (enrollments.length === 1 ? enrollments[0].id : ''),
      effectiveOn: calendarDay(new Date()),
      reviewDueOn: '',
      clientVision: '',
      strengths: '',
      templateId: '',
      fromAssessmentId: null as string | null,
      needSources: [] as string[],
    },
    validate: {
      enrollmentId: (value) => (value ? null : t('plan.create.chooseEnrollment')),
      effectiveOn: (value) => (value ? null : t('plan.create.dateRequired')),
      reviewDueOn: (value, values) => (isBeforeStart(values.effectiveOn, value) ? t('plan.create.reviewBeforeStart') : null),
      clientVision: textRule(tc, LONG_TEXT_MAX_LENGTH),
      strengths: textRule(tc, LONG_TEXT_MAX_LENGTH),
    },
  });
  const enrollment = enrollments.find((candidate) => candidate.id === form.values.enrollmentId);
  const templates = useQuery(planTemplatesQuery, { variables: { programId: enrollment?.program.id ?? null }, skip: !enrollment });
  const activeTemplates = (templates.data?.planTemplates ?? []).filter((template) => template.active);
  // Assessments of this enrollment, or of none: another program's assessment seeds that program's plan.
  const sources = assessments.filter((assessment) => !assessment.enrollmentId || assessment.enrollmentId === form.values.enrollmentId);
  const { submit, error } = useFormSubmit(
    form,
    async (values) => {
      const result = await create({
        variables: {
          input: {
            enrollmentId: values.enrollmentId,
            effectiveOn: values.effectiveOn,
            reviewDueOn: values.reviewDueOn || null,
            clientVision: optionalText(values.clientVision),
            strengths: optionalText(values.strengths),
            templateId: values.templateId || null,
            fromAssessmentId: values.fromAssessmentId,
            needSources: values.fromAssessmentId ? values.needSources : [],
            // The template's and the needs' words are copied in the worker's language, to be rewritten in the client's.
            language: planLanguage(i18n.language),
          },
        },
      });
      notifications.show({ color: 'green', message: t('plan.create.done') });
      if (result.data) onCreated(result.data.createCarePlan.id);
    },
    { onDone: onClose },
  );
  return (
    <FormDialog
      title={t('plan.create.title')}
      submitLabel={t('plan.create.submit')}
      size="lg"
      loading={loading}
      error={error}
      errorOverrides={errorWords(error)}
      onSubmit={submit}
      onClose={onClose}
    >
      <Stack gap="sm">
        <Select
          label={t('plan.create.enrollment')}
          placeholder={t('plan.create.chooseEnrollment')}
          required
          allowDeselect={false}
          data-autofocus
          data={enrollments.map((candidate) => ({ value: candidate.id, label: candidate.program.name }))}
          {...form.getInputProps('enrollmentId')}
          onChange={(value) => {
            form.setFieldValue('enrollmentId', value ?? '');
            form.setFieldValue('templateId', '');
            form.setFieldValue('fromAssessmentId', null);
            form.setFieldValue('needSources', []);
          }}
        />
        <TextInput type="date" label={t('plan.create.effectiveOn')} required {...form.getInputProps('effectiveOn')} />
        <TextInput type="date" label={t('plan.create.reviewDueOn')} description={t('plan.create.reviewDueOnHint')} min={form.values.effectiveOn} {...form.getInputProps('reviewDueOn')} />
        <Textarea
          label={t('plan.create.clientVision')}
          description={t('plan.create.clientVisionHint')}
          autosize
          minRows={2}
          maxLength={LONG_TEXT_MAX_LENGTH}
          {...form.getInputProps('clientVision')}
        />
        <Textarea label={t('plan.create.strengths')} autosize minRows={2} maxLength={LONG_TEXT_MAX_LENGTH} {...form.getInputProps('strengths')} />
        {enrollment ? (
          <Select
            label={t('plan.create.template')}
            placeholder={templates.loading ? t('plan.create.templateLoading') : t('plan.create.noTemplate')}
            clearable
            disabled={!activeTemplates.length}
            data={activeTemplates.map((template) => ({
              value: template.id,
              label: `${template.name} (${t('plan.create.templateGoals', { count: Array.isArray(template.goals) ? template.goals.length : 0 })})`,
            }))}
            value={form.values.templateId || null}
            onChange={(value) => form.setFieldValue('templateId', value ?? '')}
          />
        ) : null}
        {/* A failed load is not "no templates": say so, and let the worker try again. */}
        {enrollment && templates.error ? <ErrorState error={templates.error} title={t('plan.create.templatesFailed')} onRetry={() => void templates.refetch()} /> : null}
        {enrollment ? (
          <NeedsPicker
            assessments={sources}
            assessmentId={form.values.fromAssessmentId}
            needSources={form.values.needSources}
            onAssessment={(id) => form.setFieldValue('fromAssessmentId', id)}
            onNeeds={(needs) => form.setFieldValue('needSources', needs)}
            optional
          />
        ) : null}
      </Stack>
    </FormDialog>
  );
}
