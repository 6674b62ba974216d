import { useState } from 'react';
import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay, EligibilityOutcome, MEDIUM_TEXT_MAX_LENGTH, NAME_MAX_LENGTH } from '@waymark/shared/types';
import { ErrorState, LoadingState, type ScreenEligibilityMutation } from '@waymark/web/core';
import { ActionError } from '../../shared/action-error';
import { FormActions } from '../../shared/form-actions';
import { FormModal } from '../../shared/form-modal';
import { useFormSubmit } from '../../shared/use-form-submit';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { optionalText, textRule } from '../../shared/validators';
import { EligibilityResult } from './eligibility-result';
import { enrollClientMutation, programsForEnrollmentQuery, screenEligibilityMutation } from './enrollment.operations';
import { ProgramRulesSummary } from './program-rules-summary';
import { useWorkerOptions } from './use-workers';

type Screen = ScreenEligibilityMutation['screenEligibility'];
type Medicaid = 'YES' | 'NO' | 'UNKNOWN';

type EnrollValues = {
  programId: string;
  hasMedicaid: Medicaid;
  residencyRegion: string;
  screenNotes: string;
  openedOn: string;
  reason: string;
  primaryCaseManagerId: string;
  leadMyself: boolean;
};

/**
 * Enrolls the client in a program: choose it, screen eligibility against its rules (the
 * outcome and its reasons are shown and kept), then open the enrollment. An INELIGIBLE
 * screen stops here; one that NEEDS_REVIEW may go on, with the reasons on record.
 */
export function EnrollDialog({
  clientId,
  openProgramIds,
  onClose,
}: {
  clientId: string;
  /** Programs the client already has an open enrollment in */
  openProgramIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation('client');
  const { userId, isSupervisor, carriesCaseload } = useRecordPermissions();
  const today = calendarDay(new Date());
  const programs = useQuery(programsForEnrollmentQuery);
  const [screen, setScreen] = useState<Screen | null>(null);
  const [runScreen, screenState] = useMutation(screenEligibilityMutation);
  const [enroll, enrollState] = useMutation(enrollClientMutation, { refetchQueries: ['ClientEnrollments'] });

  const form = useForm<EnrollValues>({
    initialValues: {
      programId: '',
      hasMedicaid: 'UNKNOWN',
      residencyRegion: '',
      screenNotes: '',
      openedOn: today,
      reason: '',
      primaryCaseManagerId: '',
      leadMyself: carriesCaseload && !isSupervisor,
    },
    // Any change to what was screened makes the screen stale.
    onValuesChange: (next, previous) => {
      if (
        next.programId !== previous.programId ||
        next.hasMedicaid !== previous.hasMedicaid ||
        next.residencyRegion !== previous.residencyRegion
      ) {
        setScreen(null);
      }
    },
    validate: {
      programId: (value) => (value ? null : t('tabs.enrollments.programRequired')),
      residencyRegion: textRule(t, NAME_MAX_LENGTH),
      screenNotes: textRule(t, MEDIUM_TEXT_MAX_LENGTH),
      openedOn: (value) => (!value ? t('tabs.validation.date') : value > today ? t('tabs.enrollments.openedInFuture') : null),
      reason: textRule(t, MEDIUM_TEXT_MAX_LENGTH, { required: true }),
    },
  });
  const workers = useWorkerOptions(isSupervisor);
  const available = (programs.data?.programs ?? []).filter((program) => program.active && !openProgramIds.includes(program.id));
  const program = available.find((p) => p.id === form.values.programId) ?? null;

  const { submit, error, fail, clearError } = useFormSubmit(
    form,
    async (values) => {
      const lead = isSupervisor ? values.primaryCaseManagerId || null : values.leadMyself ? userId : null;
      await enroll({
        variables: {
          input: { clientId, programId: values.programId, openedOn: values.openedOn, reason: values.reason.trim(), primaryCaseManagerId: lead },
        },
      });
      notifications.show({ color: 'green', message: t('tabs.enrollments.enrolled', { program: program?.name ?? '' }) });
    },
    { onDone: onClose, aliases: { 'answers.residencyRegion': 'residencyRegion', 'answers.notes': 'screenNotes' } },
  );

  const screenNow = async () => {
    const checks = ['programId', 'residencyRegion', 'screenNotes'] as const;
    const problems = checks.map((field) => form.validateField(field)).filter((result) => result.hasError);
    if (problems.length) return;
    clearError();
    const { hasMedicaid, residencyRegion, screenNotes } = form.values;
    try {
      const { data } = await runScreen({
        variables: {
          input: {
            clientId,
            programId: form.values.programId,
            answers: {
              hasMedicaid: hasMedicaid === 'UNKNOWN' ? null : hasMedicaid === 'YES',
              residencyRegion: optionalText(residencyRegion),
              notes: optionalText(screenNotes),
            },
          },
        },
      });
      setScreen(data?.screenEligibility ?? null);
    } catch (failure) {
      fail(failure);
    }
  };

  const programOptions = [
    { value: '', label: t('tabs.enrollments.chooseProgram'), disabled: true },
    ...available.map((p) => ({ value: p.id, label: `${p.name} (${p.code})` })),
  ];
  const ineligible = screen?.outcome === EligibilityOutcome.INELIGIBLE;
  const mayEnroll = !!screen && !ineligible;

  return (
    <FormModal opened onClose={onClose} title={t('tabs.enrollments.enrollTitle')}>
      {programs.loading && !programs.data ? <LoadingState label={t('tabs.enrollments.loadingPrograms')} /> : null}
      {programs.error && !programs.data ? <ErrorState error={programs.error} onRetry={() => void programs.refetch()} /> : null}
      {programs.data && available.length === 0 ? (
        <Alert color="gray" variant="light" role="status">
          {t('tabs.enrollments.noPrograms')}
        </Alert>
      ) : null}
      {programs.data && available.length > 0 ? (
        <form noValidate onSubmit={(event) => (mayEnroll ? submit(event) : event.preventDefault())}>
          <Stack gap="md">
            <NativeSelect label={t('tabs.enrollments.program')} required data={programOptions} data-autofocus {...form.getInputProps('programId')} />
            {program ? <ProgramRulesSummary program={program} /> : null}

            <Fieldset legend={t('tabs.enrollments.screenLegend')}>
              <Stack gap="sm">
                <Radio.Group label={t('tabs.enrollments.hasMedicaid')} {...form.getInputProps('hasMedicaid')}>
                  <Group gap="md" mt="xs">
                    <Radio value="YES" label={t('tabs.common.yes')} />
                    <Radio value="NO" label={t('tabs.common.no')} />
                    <Radio value="UNKNOWN" label={t('tabs.enrollments.notKnown')} />
                  </Group>
                </Radio.Group>
                <TextInput
                  label={t('tabs.enrollments.residencyRegion')}
                  description={t('tabs.enrollments.residencyRegionHint')}
                  maxLength={NAME_MAX_LENGTH}
                  {...form.getInputProps('residencyRegion')}
                />
                <Textarea
                  label={t('tabs.enrollments.screenNotes')}
                  autosize
                  minRows={1}
                  maxRows={4}
                  maxLength={MEDIUM_TEXT_MAX_LENGTH}
                  {...form.getInputProps('screenNotes')}
                />
                <Group>
                  <Button variant="light" onClick={() => void screenNow()} loading={screenState.loading}>
                    {t('tabs.enrollments.runScreen')}
                  </Button>
                </Group>
                {screen ? <EligibilityResult outcome={screen.outcome} reasons={screen.reasons} age={screen.age ?? null} /> : null}
              </Stack>
            </Fieldset>

            <Fieldset legend={t('tabs.enrollments.enrollmentLegend')} disabled={!mayEnroll}>
              <Stack gap="sm">
                <TextInput
                  type="date"
                  label={t('tabs.enrollments.openedOn')}
                  required
                  max={today}
                  w={{ base: '100%', sm: 220 }}
                  {...form.getInputProps('openedOn')}
                />
                {isSupervisor ? (
                  <NativeSelect
                    label={t('tabs.enrollments.primaryCaseManager')}
                    data={[{ value: '', label: t('tabs.enrollments.notAssigned') }, ...workers.options]}
                    {...form.getInputProps('primaryCaseManagerId')}
                  />
                ) : carriesCaseload ? (
                  <Checkbox label={t('tabs.enrollments.leadMyself')} {...form.getInputProps('leadMyself', { type: 'checkbox' })} />
                ) : null}
                <Textarea
                  label={t('tabs.enrollments.openReason')}
                  required
                  autosize
                  minRows={2}
                  maxRows={5}
                  maxLength={MEDIUM_TEXT_MAX_LENGTH}
                  {...form.getInputProps('reason')}
                />
              </Stack>
            </Fieldset>
            {!screen ? (
              <Text size="sm" c="dimmed">
                {t('tabs.enrollments.screenFirst')}
              </Text>
            ) : null}
            {ineligible ? (
              <Text size="sm" c="red.8">
                {t('tabs.enrollments.ineligibleStop')}
              </Text>
            ) : null}
            <ActionError error={error} />
            <FormActions submitLabel={t('tabs.enrollments.enrollSubmit')} loading={enrollState.loading} disabled={!mayEnroll} onCancel={onClose} />
          </Stack>
        </form>
      ) : null}
    </FormModal>
  );
}
