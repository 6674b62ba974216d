import { useEffect } from 'react';
import { NativeSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EnrollmentStatus } from '@waymark/shared/types';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { formatCalendarDate, FormDialog, useFormSubmit } from '@waymark/web/client';
import { startAssessmentMutation, startChoicesQuery } from './assessment.operations';

/**
 * Starts an assessment of the client on one of the agency's active instruments, for one of
 * their open enrollments or none (the instruments its program requires say so), and opens it
 * in the runner.
 */
export function StartDialog({ clientId, onClose }: { clientId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const navigate = useNavigate();
  const choices = useQuery(startChoicesQuery, { variables: { clientId }, fetchPolicy: 'cache-and-network' });
  const [start, state] = useMutation(startAssessmentMutation, { refetchQueries: ['ClientAssessments'] });
  const instruments = choices.data?.instruments ?? [];
  const enrollments = (choices.data?.clientEnrollments ?? []).filter((enrollment) => enrollment.status !== EnrollmentStatus.CLOSED);
  const form = useForm({
    initialValues: { instrumentId: '', enrollmentId: '' },
    validate: { instrumentId: (value) => (value ? null : t('assessment.start.instrumentRequired')) },
  });
  const { submit, error } = useFormSubmit(form, async ({ instrumentId, enrollmentId }) => {
    const { data } = await start({ variables: { input: { clientId, instrumentId, enrollmentId: enrollmentId || null } } });
    const assessment = data?.startAssessment;
    if (assessment) navigate(`/clients/${clientId}/assessments/${assessment.id}`);
  });
  // What the chosen enrollment's program requires, and how often it must be renewed.
  const program = enrollments.find((enrollment) => enrollment.id === form.values.enrollmentId)?.program;
  const required = new Map((program?.rules.requiredInstruments ?? []).map((rule) => [rule.instrumentCode, rule]));
  const chosen = instruments.find((instrument) => instrument.id === form.values.instrumentId);
  // One open enrollment: the assessment is most likely for it.
  const only = enrollments.length === 1 ? enrollments[0].id : '';
  useEffect(() => {
    if (only && !form.getValues().enrollmentId) form.setFieldValue('enrollmentId', only);
    // Once the choices arrive; the form object is new on each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [only]);

  return (
    <FormDialog
      title={t('assessment.start.title')}
      submitLabel={t('assessment.start.submit')}
      loading={state.loading}
      disabled={!instruments.length}
      error={error}
      onSubmit={submit}
      onClose={onClose}
    >
      {!choices.data ? (
        choices.loading ? (
          <LoadingState label={t('assessment.start.loading')} />
        ) : (
          <ErrorState error={choices.error} onRetry={() => void choices.refetch()} />
        )
      ) : !instruments.length ? (
        <Text size="sm">{t('assessment.start.noInstruments')}</Text>
      ) : (
        <Stack gap="sm">
          <NativeSelect
            label={t('assessment.start.enrollment')}
            description={t('assessment.start.enrollmentHelp')}
            data={[
              { value: '', label: t('assessment.start.noEnrollment') },
              ...enrollments.map((enrollment) => ({
                value: enrollment.id,
                label: t('assessment.start.enrollmentOption', { program: enrollment.program.name, date: formatCalendarDate(enrollment.openedOn, i18n.language) }),
              })),
            ]}
            {...form.getInputProps('enrollmentId')}
          />
          <NativeSelect
            label={t('assessment.start.instrument')}
            required
            data-autofocus
            data={[
              { value: '', label: t('assessment.start.chooseInstrument') },
              ...instruments.map((instrument) => {
                const rule = required.get(instrument.code);
                return {
                  value: instrument.id,
                  label: rule ? t('assessment.start.requiredOption', { name: instrument.name, count: rule.renewEveryMonths }) : instrument.name,
                };
              }),
            ]}
            {...form.getInputProps('instrumentId')}
          />
          {chosen?.description ? (
            <Text size="sm" c="dimmed">
              {chosen.description}
            </Text>
          ) : null}
        </Stack>
      )}
    </FormDialog>
  );
}
