import { useState } from 'react';
import { Button, Card, Stepper } from '@mantine/core';
import { IconArrowLeft, IconFileUnknown } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EnrollmentStatus } from '@waymark/shared/types';
import { ErrorState, LoadingState, NoticePage, Page } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';
import { BlockersStep } from './blockers-step';
import { ClientStep } from './client-step';
import { CloseStep } from './close-step';
import { DischargePlanStep } from './discharge-plan-step';
import { dischargeEnrollmentQuery } from './discharge.operations';
import { FollowUpsStep } from './follow-ups-step';
import { StepSection } from './step-section';

const STEPS = ['plan', 'blockers', 'close', 'client', 'followUps'] as const;
const CLIENT_STEP = STEPS.indexOf('client');

/**
 * /clients/:id/discharge/:enrollmentId — leaving a program well: the discharge plan, what
 * stands in the way of closing and the way to fix each, the closure with its reason, the
 * client's own discharge when nothing else is open, then the follow-ups that start.
 * An enrollment already closed opens at the client's step.
 */
export function DischargeWizardPage() {
  const { id = '', enrollmentId = '' } = useParams();
  const { t, i18n } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(dischargeEnrollmentQuery, { variables: { clientId: id } });
  const [step, setStep] = useState<number | null>(null);
  const client = data?.client;
  const enrollment = data?.clientEnrollments.find((item) => item.id === enrollmentId);
  const back = (
    <Button component={Link} to={`/clients/${id}/enrollments?item=${enrollmentId}`} variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('discharge.back')}
    </Button>
  );
  if (!data) {
    return (
      <Page title={t('discharge.steps.plan')} actions={back}>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {loading ? <LoadingState label={t('discharge.loading')} /> : null}
      </Page>
    );
  }
  if (!client || !enrollment) {
    return <NoticePage title={t('discharge.steps.plan')} description={t('discharge.notFound')} icon={<IconFileUnknown aria-hidden />} action={back} />;
  }
  const closed = enrollment.status === EnrollmentStatus.CLOSED;
  const active = step ?? (closed ? CLIENT_STEP : 0);
  const reload = () => void refetch();
  const go = (to: number) => () => setStep(to);
  return (
    <Page
      title={t('discharge.title', { program: enrollment.program.name })}
      description={t('discharge.description', { name: client.displayName, date: formatCalendarDate(enrollment.openedOn, i18n.language) })}
      actions={back}
    >
      <Card withBorder radius="md" padding="md">
        <Stepper data-discharge-steps active={active} onStepClick={closed ? undefined : setStep} allowNextStepsSelect={false} size="sm" aria-label={t('discharge.steps.label')}>
          <Stepper.Step label={t('discharge.steps.plan')} allowStepSelect={!closed}>
            <StepSection moved={step !== null} id="discharge-plan" title={t('discharge.steps.plan')}>
              <DischargePlanStep enrollment={enrollment} onDone={go(1)} />
            </StepSection>
          </Stepper.Step>
          <Stepper.Step label={t('discharge.steps.blockers')} allowStepSelect={!closed}>
            <StepSection moved={step !== null} id="discharge-blockers" title={t('discharge.steps.blockers')}>
              <BlockersStep clientId={client.id} enrollment={enrollment} onNext={go(2)} />
            </StepSection>
          </Stepper.Step>
          <Stepper.Step label={t('discharge.steps.close')} allowStepSelect={!closed}>
            <StepSection moved={step !== null} id="discharge-close" title={t('discharge.steps.close')}>
              <CloseStep clientId={client.id} clientName={client.displayName} enrollment={enrollment} onBack={go(1)} onDone={go(CLIENT_STEP)} onReload={reload} />
            </StepSection>
          </Stepper.Step>
          <Stepper.Step label={t('discharge.steps.client')}>
            <StepSection moved={step !== null} id="discharge-client" title={t('discharge.steps.client')}>
              <ClientStep client={client} enrollmentId={enrollment.id} enrollments={data.clientEnrollments} onDone={go(CLIENT_STEP + 1)} onReload={reload} />
            </StepSection>
          </Stepper.Step>
          <Stepper.Step label={t('discharge.steps.followUps')}>
            <StepSection moved={step !== null} id="discharge-followUps" title={t('discharge.steps.followUps')}>
              <FollowUpsStep clientId={client.id} enrollmentId={enrollment.id} />
            </StepSection>
          </Stepper.Step>
        </Stepper>
      </Card>
    </Page>
  );
}
