import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconClipboardHeart, IconClipboardPlus } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AssessmentStatus, EnrollmentStatus, localized } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { type ClientTabProps, RecordList, recordElementId, TabSection, useItemFocus, useRecordPermissions } from '@waymark/web/client';
import { GoalProgressSection } from '../progress/goal-progress-section';
import { RecordProgressDialog } from '../progress/record-progress-dialog';
import { planAbilities } from './plan-abilities';
import type { PlanGoal } from './plan-goal';
import { PlanCard, type PlanAct } from './plan-card';
import { PlanComparisonDialog } from './plan-comparison-dialog';
import { PlanDialogs } from './plan-dialogs';
import { PlanVersions } from './plan-versions';
import { CreatePlanDialog } from './create-plan-dialog';
import { plansByEnrollment } from './current-plans';
import { clientCarePlansQuery } from './plan.operations';
import { carePlanAssessmentsQuery, carePlanEnrollmentsQuery } from './plan-sources.operations';

type Acting = { planId: string; act: PlanAct } | null;

/**
 * The client's care plans: for each program the plan being worked on and the one in force,
 * what the reader may do with each, progress per goal, and every version to open or compare.
 * A timeline link (`?item=<planId>`) brings that version into view.
 */
export function CarePlanTab({ client }: ClientTabProps) {
  const { t, i18n } = useTranslation('carePlan');
  const permissions = useRecordPermissions();
  const plansQuery = useQuery(clientCarePlansQuery, { variables: { clientId: client.id } });
  const enrollmentsQuery = useQuery(carePlanEnrollmentsQuery, { variables: { clientId: client.id } });
  const assessmentsQuery = useQuery(carePlanAssessmentsQuery, { variables: { clientId: client.id } });
  const [acting, setActing] = useState<Acting>(null);
  /** Starting a plan, for the enrollment chosen on its card if any */
  const [creating, setCreating] = useState<{ enrollmentId: string | null } | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [, setParams] = useSearchParams();
  const [comparing, setComparing] = useState<{ fromId: string; toId: string } | null>(null);
  const plans = plansQuery.data?.clientCarePlans;
  const item = useItemFocus(!!plans);
  const reload = () => void plansQuery.refetch();
  const close = () => setActing(null);
  // Once the dialog has gone, focus lands on the plan's card rather than on nothing.
  const focusCard = (planId: string) => requestAnimationFrame(() => document.getElementById(recordElementId(planId))?.focus());

  const groups = plansByEnrollment(plans ?? []);
  const current = groups.flatMap((group) => group.current);
  const currentIds = current.map((plan) => plan.id);
  // An older version opened from the list or from a timeline link is shown above the current ones.
  const olderId = viewing ?? (item && !currentIds.includes(item) ? item : null);
  const older = plans?.find((plan) => plan.id === olderId) ?? null;
  const openEnrollments = (enrollmentsQuery.data?.clientEnrollments ?? []).filter((enrollment) => enrollment.status !== EnrollmentStatus.CLOSED);
  // A program takes a new plan when nothing is being worked on or in force for it.
  const plannable = openEnrollments.filter((enrollment) => {
    const group = groups.find((candidate) => candidate.enrollmentId === enrollment.id);
    return !group?.inProgress && !group?.active;
  });
  const assessments = (assessmentsQuery.data?.clientAssessments ?? []).filter((assessment) => assessment.status === AssessmentStatus.COMPLETED);
  const mayStart = permissions.canWrite && plannable.length > 0;
  // With one program to plan for, the empty list's button names it and starts its plan.
  const onlyPlannable = plannable.length === 1 ? plannable[0] : null;
  const needLabel = (goal: PlanGoal) => {
    const need = assessments.find((assessment) => assessment.id === goal.sourceAssessmentId)?.needs.find((candidate) => candidate.source === goal.sourceNeed);
    return need ? localized(need.label, i18n.language) : null;
  };
  const acted = acting ? (plans?.find((plan) => plan.id === acting.planId) ?? null) : null;

  const card = (plan: NonNullable<typeof plans>[number]) => {
    const group = groups.find((candidate) => candidate.enrollmentId === plan.enrollmentId);
    const hasNewerDraft = !!group?.inProgress && group.inProgress.id !== plan.id;
    return (
      <PlanCard
        key={plan.id}
        plan={plan}
        highlighted={plan.id === item}
        abilities={planAbilities(plan, permissions, hasNewerDraft)}
        hasNeeds={assessments.some((assessment) => assessment.needs.length > 0)}
        needLabel={needLabel}
        onAct={(act) => setActing({ planId: plan.id, act })}
      />
    );
  };

  return (
    <TabSection
      id="care-plan"
      title={t('plan.tab.title')}
      description={t('plan.tab.description')}
      action={mayStart ? { icon: IconClipboardPlus, label: t('plan.tab.create'), onClick: () => setCreating({ enrollmentId: null }) } : null}
    >
      {permissions.openedForReading ? (
        <Text size="sm" c="dimmed">
          {t('plan.why.readOnly')}
        </Text>
      ) : null}
      {/* Without the programs and assessments a plan cannot be started: say so rather than hide the way to start one. */}
      {enrollmentsQuery.error || assessmentsQuery.error ? (
        <ErrorState
          error={enrollmentsQuery.error ?? assessmentsQuery.error}
          onRetry={() => {
            void enrollmentsQuery.refetch();
            void assessmentsQuery.refetch();
          }}
        />
      ) : null}
      <RecordList
        total={plans?.length}
        loading={plansQuery.loading}
        error={plansQuery.error}
        onRetry={reload}
        loadingLabel={t('plan.tab.loading')}
        empty={{
          icon: <IconClipboardHeart aria-hidden />,
          title: t('plan.tab.emptyTitle'),
          description: openEnrollments.length || enrollmentsQuery.loading ? t('plan.tab.emptyText') : t('plan.tab.noEnrollment'),
          action: mayStart ? (
            <Button leftSection={<IconClipboardPlus size={18} aria-hidden />} onClick={() => setCreating({ enrollmentId: onlyPlannable?.id ?? null })}>
              {onlyPlannable ? t('plan.tab.startFor', { program: onlyPlannable.program.name }) : t('plan.tab.create')}
            </Button>
          ) : undefined,
        }}
      >
        <Stack gap="md">
          {older ? (
            <Stack gap="xs">
              <Alert color="blue" variant="light" role="status">
                <Group justify="space-between" gap="xs">
                  <Text size="sm">{t('plan.versions.viewing', { revision: older.revision, status: t(`plan.status.${older.status}`) })}</Text>
                  <Button
                    size="xs"
                    variant="white"
                    leftSection={<IconArrowLeft size={14} aria-hidden />}
                    onClick={() => {
                      setViewing(null);
                      if (item) setParams({}, { replace: true });
                    }}
                  >
                    {t('plan.versions.hide')}
                  </Button>
                </Group>
              </Alert>
              {card(older)}
            </Stack>
          ) : null}
          {current.filter((plan) => plan.id !== older?.id).map(card)}
          {permissions.canWrite
            ? plannable
                .filter((enrollment) => !groups.some((group) => group.enrollmentId === enrollment.id))
                .map((enrollment) => (
                  <Card key={enrollment.id} withBorder radius="md" padding="md">
                    <Group justify="space-between" gap="xs">
                      <Text fw={600}>{t('plan.tab.noPlanFor', { program: enrollment.program.name })}</Text>
                      <Button size="xs" leftSection={<IconClipboardPlus size={14} aria-hidden />} onClick={() => setCreating({ enrollmentId: enrollment.id })}>
                        {t('plan.tab.startFor', { program: enrollment.program.name })}
                      </Button>
                    </Group>
                  </Card>
                ))
            : null}
          <GoalProgressSection clientId={client.id} />
          {plans ? (
            <PlanVersions
              versions={plans}
              shownIds={[...currentIds, ...(older ? [older.id] : [])]}
              onView={(planId) => setViewing(planId)}
              onCompare={(fromId, toId) => setComparing({ fromId, toId })}
            />
          ) : null}
        </Stack>
      </RecordList>
      {creating ? (
        <CreatePlanDialog
          enrollments={plannable}
          enrollmentId={creating.enrollmentId}
          assessments={assessments}
          onClose={() => setCreating(null)}
          onCreated={(planId) => {
            setViewing(null);
            focusCard(planId);
          }}
        />
      ) : null}
      {acting && acted && acting.act.kind === 'recordProgress' ? (
        <RecordProgressDialog plan={acted} goal={acting.act.goal} onClose={close} />
      ) : null}
      {acting && acted && acting.act.kind !== 'recordProgress' ? (
        <PlanDialogs
          plan={acted}
          act={acting.act}
          clientName={client.displayName}
          assessments={assessments}
          onClose={close}
          onDone={() => {
            close();
            focusCard(acted.id);
          }}
          onReload={reload}
        />
      ) : null}
      {comparing ? <PlanComparisonDialog fromId={comparing.fromId} toId={comparing.toId} onClose={() => setComparing(null)} /> : null}
    </TabSection>
  );
}
