import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowBackUp,
  IconCheck,
  IconCopyPlus,
  IconInfoCircle,
  IconLock,
  IconPencil,
  IconPlus,
  IconPrinter,
  IconSend,
  IconSignature,
  IconStethoscope,
} from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CarePlanStatus, PLAN_GOALS_MAX } from '@waymark/shared/types';
import type { CarePlanFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, formatDateTime, RecordAction, RecordCard, RecordFact, RecordText } from '@waymark/web/client';
import type { PlanAbilities } from './plan-abilities';
import { type GoalEdit, PlanGoalBlock, type PlanGoal } from './plan-goal';
import { PlanStatusBadge } from './plan-status-badge';

export type PlanAct = { kind: 'details' | 'addGoal' | 'needs' | 'submit' | 'approve' | 'returnPlan' | 'revise' | 'close' | 'acknowledge' } | GoalEdit;

/**
 * One version of a care plan as the team reads it: where it stands, its dates, the client's
 * vision, each goal with its objectives and interventions, the client's acknowledgement, and
 * what the reader may do with it now.
 */
export function PlanCard({
  plan,
  abilities,
  highlighted,
  hasNeeds,
  needLabel,
  onAct,
}: {
  plan: CarePlanFieldsFragment;
  abilities: PlanAbilities;
  highlighted?: boolean;
  /** The client has a completed assessment whose needs can become goals */
  hasNeeds: boolean;
  /** The assessment need a goal answers, in words */
  needLabel: (goal: PlanGoal) => string | null;
  onAct: (act: PlanAct) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const navigate = useNavigate();
  const language = i18n.language;
  const date = (value: string | null | undefined) => formatCalendarDate(value, language);
  const staff = (person: { displayName: string } | null | undefined) => person?.displayName ?? '—';
  const named = { program: plan.programName, revision: plan.revision };
  const goalsHeading = `plan-goals-${plan.id}`;
  // A full plan takes no more goals: the API would refuse them.
  const addsGoals = abilities.edit && plan.goals.length < PLAN_GOALS_MAX;
  return (
    <RecordCard
      recordId={plan.id}
      highlighted={highlighted}
      title={t('plan.tab.planFor', named)}
      facts={[
        `${t('plan.facts.effectiveOn')}: ${date(plan.effectiveOn)}`,
        `${t('plan.facts.reviewDueOn')}: ${plan.reviewDueOn ? date(plan.reviewDueOn) : t('plan.facts.noReview')}`,
      ].join(' · ')}
      badges={
        <>
          <PlanStatusBadge status={plan.status} />
          {plan.acknowledgedOn ? (
            <Badge variant="light" color="teal" tt="none" leftSection={<IconSignature size={14} aria-hidden />}>
              {t(`plan.method.${plan.acknowledgementMethod ?? 'SIGNATURE'}`)}
            </Badge>
          ) : null}
        </>
      }
      actions={[
        abilities.edit ? <RecordAction key="details" icon={IconPencil} label={t('plan.actions.editDetails')} onClick={() => onAct({ kind: 'details' })} /> : null,
        addsGoals ? <RecordAction key="goal" icon={IconPlus} label={t('plan.actions.addGoal')} onClick={() => onAct({ kind: 'addGoal' })} /> : null,
        addsGoals && hasNeeds ? (
          <RecordAction key="needs" icon={IconStethoscope} label={t('plan.actions.addGoalsFromNeeds')} onClick={() => onAct({ kind: 'needs' })} />
        ) : null,
        abilities.submit && plan.goals.length ? <RecordAction key="submit" icon={IconSend} tone="main" label={t('plan.actions.submit')} onClick={() => onAct({ kind: 'submit' })} /> : null,
        abilities.decide ? <RecordAction key="approve" icon={IconCheck} tone="main" label={t('plan.actions.approve')} onClick={() => onAct({ kind: 'approve' })} /> : null,
        abilities.decide ? <RecordAction key="return" icon={IconArrowBackUp} label={t('plan.actions.return')} onClick={() => onAct({ kind: 'returnPlan' })} /> : null,
        abilities.revise ? <RecordAction key="revise" icon={IconCopyPlus} label={t('plan.actions.revise')} onClick={() => onAct({ kind: 'revise' })} /> : null,
        abilities.acknowledge && !plan.acknowledgedOn ? (
          <RecordAction key="acknowledge" icon={IconSignature} label={t('plan.actions.acknowledge')} onClick={() => onAct({ kind: 'acknowledge' })} />
        ) : null,
        <RecordAction
          key="print"
          icon={IconPrinter}
          label={t('plan.actions.print')}
          ariaLabel={t('plan.actions.printNamed', named)}
          onClick={() => navigate(`/clients/${plan.clientId}/care-plans/${plan.id}/print`)}
        />,
        abilities.close ? <RecordAction key="close" icon={IconLock} tone="danger" label={t('plan.actions.close')} onClick={() => onAct({ kind: 'close' })} /> : null,
      ]}
    >
      {plan.status === CarePlanStatus.DRAFT && plan.returnNote ? (
        <Alert color="yellow" variant="light" title={t('plan.facts.returnNote')} icon={<IconArrowBackUp aria-hidden />}>
          <RecordText>{plan.returnNote}</RecordText>
        </Alert>
      ) : null}
      {abilities.noDecisionBecause ? (
        <Text size="sm" c="dimmed">
          <IconInfoCircle size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t(`plan.why.${abilities.noDecisionBecause}`)}
        </Text>
      ) : null}
      <Stack gap={4}>
        <RecordFact label={t('plan.facts.vision')}>{plan.clientVision ? <q>{plan.clientVision}</q> : t('plan.facts.noVision')}</RecordFact>
        {plan.strengths ? <RecordFact label={t('plan.facts.strengths')}>{plan.strengths}</RecordFact> : null}
        <RecordFact label={t('plan.facts.author')}>{staff(plan.author)}</RecordFact>
        {plan.status === CarePlanStatus.PENDING_APPROVAL && plan.submittedAt ? (
          <RecordFact label={t('plan.facts.submittedAt')}>
            {t('plan.facts.byOn', { name: staff(plan.submittedBy), time: formatDateTime(plan.submittedAt, language) })}
          </RecordFact>
        ) : null}
        {plan.approvedAt ? (
          <RecordFact label={t('plan.facts.approved')}>{t('plan.facts.byOn', { name: staff(plan.approvedBy), time: formatDateTime(plan.approvedAt, language) })}</RecordFact>
        ) : null}
        <RecordFact label={t('plan.facts.acknowledgement')}>
          {plan.acknowledgedOn
            ? t('plan.facts.acknowledged', {
                method: t(`plan.method.${plan.acknowledgementMethod ?? 'SIGNATURE'}`),
                date: date(plan.acknowledgedOn),
                by: plan.acknowledgedBy ?? '—',
              })
            : t('plan.facts.notAcknowledged')}
        </RecordFact>
        {plan.closedAt ? (
          <RecordFact label={t('plan.facts.closed')}>{t('plan.facts.closedOnBecause', { time: formatDateTime(plan.closedAt, language), reason: plan.closeReason ?? '' })}</RecordFact>
        ) : null}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby={goalsHeading}>
        <Group gap="xs" justify="space-between">
          <Title order={4} size="h5" id={goalsHeading}>
            {t('plan.goals.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('plan.goals.count', { count: plan.goals.length })}
          </Text>
        </Group>
        {abilities.edit && plan.goals.length ? (
          <Text size="sm" c="dimmed">
            {t('plan.goals.wordsHint')}
          </Text>
        ) : null}
        {plan.goals.length ? (
          plan.goals.map((goal, index) => (
            <PlanGoalBlock
              key={goal.id}
              goal={goal}
              number={index + 1}
              editable={abilities.edit}
              recordsProgress={abilities.recordProgress}
              needLabel={needLabel(goal)}
              onEdit={onAct}
            />
          ))
        ) : (
          <Text size="sm" c="dimmed">
            {abilities.submit ? t('plan.submit.noGoals') : t('plan.goals.none')}
          </Text>
        )}
      </Stack>
    </RecordCard>
  );
}
