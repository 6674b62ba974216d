import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DraftNotice, getErrorInfo, Page, useDraft, useErrorMessage } from '@waymark/web/core';
import { PersonFields } from '../shared/person-fields';
import { DuplicateWarning } from './duplicate-warning';
import { createClientMutation } from './intake.operations';
import { createClientInput, EMPTY_INTAKE, INTAKE_STEPS, intakeFieldOf, NOT_IN_DRAFT, stepOfField, validateIntakeStep, type IntakeValues } from './intake-values';
import { ReferralStep } from './referral-step';
import { ReviewStep } from './review-step';
import { RiskStep } from './risk-step';
import { useDuplicates } from './use-duplicates';
import { evictClientLists } from '../shared/client-cache';

const LAST_STEP = INTAKE_STEPS.length - 1;

/**
 * New client: referral → person → risk, flags and identifiers → review. Likely duplicates
 * are shown as the person is described; the input survives a reload as a draft.
 */
export function IntakeWizardPage() {
  const { t } = useTranslation('client');
  const navigate = useNavigate();
  const describeError = useErrorMessage();
  const draft = useDraft<IntakeValues>('intake', EMPTY_INTAKE, { omit: NOT_IN_DRAFT });
  const [error, setError] = useState<string | null>(null);
  const [createClient, { loading }] = useMutation(createClientMutation, { update: evictClientLists });
  const form = useForm<IntakeValues>({ initialValues: draft.initialValues, onValuesChange: draft.save });
  const values = form.getValues();
  const step = Math.min(Math.max(values.step, 0), LAST_STEP);
  const duplicates = useDuplicates(values);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const movedRef = useRef(false);

  // After a move between steps, start keyboard and screen-reader users at the step's heading.
  useEffect(() => {
    if (movedRef.current) headingRef.current?.focus();
    movedRef.current = false;
  }, [step]);

  const goTo = (next: number) => {
    movedRef.current = true;
    setError(null);
    form.setFieldValue('step', next);
  };
  const showErrors = (errors: Record<string, string>) => {
    form.setErrors(errors);
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-intake-step] [aria-invalid="true"]')?.focus());
  };
  const next = () => {
    const errors = validateIntakeStep(step, values, t);
    if (Object.keys(errors).length) return showErrors(errors);
    goTo(step + 1);
  };
  const openInstead = () => draft.clear();

  const submit = async () => {
    setError(null);
    for (let index = 0; index < LAST_STEP; index++) {
      const errors = validateIntakeStep(index, values, t);
      if (Object.keys(errors).length) {
        goTo(index);
        return showErrors(errors);
      }
    }
    if (duplicates.candidates.length && !values.notADuplicate) {
      return showErrors({ notADuplicate: t('intake.confirmNotDuplicate') });
    }
    try {
      const { data } = await createClient({ variables: { input: createClientInput(values) } });
      draft.clear();
      const created = data?.createClient;
      notifications.show({ color: 'green', message: t('intake.created', { name: created?.displayName ?? '', number: created?.clientNumber ?? '' }) });
      navigate(created ? `/clients/${created.id}` : '/clients');
    } catch (failure) {
      const info = getErrorInfo(failure);
      const fieldErrors = Object.fromEntries(info.fields.map(({ field }) => [intakeFieldOf(field), t('intake.fieldRejected')]));
      const first = Object.keys(fieldErrors)[0];
      if (first) {
        goTo(stepOfField(first));
        showErrors(fieldErrors);
      }
      setError(describeError(failure));
    }
  };

  const stepTitle = t(`intake.steps.${INTAKE_STEPS[step]}`);
  return (
    <Page title={t('intake.title')} description={t('intake.description')}>
      <DraftNotice
        restored={draft.restored}
        onDiscard={() => {
          draft.clear();
          form.setValues(EMPTY_INTAKE);
        }}
      />
      <Card withBorder radius="md" padding="lg">
        <Stack gap="lg">
          <Stepper active={step} onStepClick={(index) => index < step && goTo(index)} allowNextStepsSelect={false} size="sm" wrap>
            {INTAKE_STEPS.map((name) => (
              <Stepper.Step key={name} label={t(`intake.steps.${name}`)} />
            ))}
          </Stepper>
          <Title order={2} size="h4" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {t('intake.stepHeading', { number: step + 1, total: INTAKE_STEPS.length, title: stepTitle })}
          </Title>
          {error ? (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          ) : null}
          <form
            noValidate
            data-intake-step={INTAKE_STEPS[step]}
            aria-label={stepTitle}
            onSubmit={(event) => {
              event.preventDefault();
              if (step < LAST_STEP) next();
              else void submit();
            }}
          >
            <Stack gap="lg">
              {step === 0 ? <ReferralStep form={form} /> : null}
              {step === 1 ? (
                // Under the name and birth date, so the match shows while they are typed, not below the address.
                <PersonFields form={form} afterIdentity={<DuplicateWarning candidates={duplicates.candidates} onOpenInstead={openInstead} />} />
              ) : null}
              {step === 2 ? <RiskStep form={form} /> : null}
              {step === 3 ? <ReviewStep form={form} candidates={duplicates.candidates} onOpenInstead={openInstead} /> : null}
              <Text size="sm" c="dimmed" role="status" aria-live="polite">
                {step >= 1 && duplicates.candidates.length ? t('intake.duplicates.announce', { count: duplicates.candidates.length }) : ''}
              </Text>
              <Group justify="space-between" gap="sm">
                <Group gap="sm">
                  {step > 0 ? (
                    <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => goTo(step - 1)}>
                      {t('intake.back')}
                    </Button>
                  ) : null}
                  <Button component={Link} to="/clients" variant="subtle" color="gray" onClick={draft.clear}>
                    {t('intake.cancel')}
                  </Button>
                </Group>
                {step < LAST_STEP ? (
                  <Button type="submit" rightSection={<IconArrowRight size={16} aria-hidden />}>
                    {t('intake.next')}
                  </Button>
                ) : (
                  <Button type="submit" loading={loading} leftSection={<IconCheck size={16} aria-hidden />}>
                    {t('intake.create')}
                  </Button>
                )}
              </Group>
            </Stack>
          </form>
        </Stack>
      </Card>
    </Page>
  );
}
