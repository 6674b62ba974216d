import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconListCheck, IconPencil, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { GOAL_INTERVENTIONS_MAX, GOAL_OBJECTIVES_MAX } from '@waymark/shared/types';
import type { CarePlanGoalFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';

export type PlanGoal = CarePlanGoalFieldsFragment;
export type PlanObjective = PlanGoal['objectives'][number];
export type PlanIntervention = PlanGoal['interventions'][number];

export type GoalEdit =
  | { kind: 'editGoal' | 'removeGoal' | 'addObjective' | 'addIntervention' | 'recordProgress'; goal: PlanGoal }
  | { kind: 'editObjective' | 'removeObjective'; goal: PlanGoal; objective: PlanObjective }
  | { kind: 'editIntervention' | 'removeIntervention'; goal: PlanGoal; intervention: PlanIntervention };

function SmallAction({ icon: Icon, label, ariaLabel, onClick, danger }: { icon: typeof IconPencil; label: string; ariaLabel: string; onClick: () => void; danger?: boolean }) {
  return (
    <Button size="compact-xs" variant="subtle" color={danger ? 'red' : undefined} leftSection={<Icon size={14} aria-hidden />} aria-label={ariaLabel} onClick={onClick}>
      {label}
    </Button>
  );
}

/** The edit and remove buttons of an objective or intervention, each named for the part so screen readers tell them apart. */
function PartActions({ editLabel, removeLabel, onEdit, onRemove }: { editLabel: string; removeLabel: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation('carePlan');
  return (
    <Group gap={4}>
      <SmallAction icon={IconPencil} label={t('plan.actions.edit')} ariaLabel={editLabel} onClick={onEdit} />
      <SmallAction icon={IconTrash} danger label={t('plan.actions.remove')} ariaLabel={removeLabel} onClick={onRemove} />
    </Group>
  );
}

/**
 * One goal of a plan: the client's words, its life area, priority and target date, then its
 * measurable objectives and who does what, how often. In a draft each part has its own edit
 * and remove; in an active plan the goal takes progress.
 */
export function PlanGoalBlock({
  goal,
  number,
  editable,
  recordsProgress,
  needLabel,
  onEdit,
}: {
  goal: PlanGoal;
  number: number;
  editable: boolean;
  recordsProgress: boolean;
  /** The assessment need the goal answers, in words, when it came from one */
  needLabel: string | null;
  onEdit: (edit: GoalEdit) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const date = (value: string | null | undefined) => formatCalendarDate(value, i18n.language);
  const headingId = `goal-${goal.id}`;
  const objectiveOf = (id: string | null | undefined) => goal.objectives.find((objective) => objective.id === id);
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} miw={0} style={{ flex: 1 }}>
            <Text size="xs" c="dimmed" fw={600}>
              {t('plan.goals.goalNumbered', { number })}
            </Text>
            <Title order={4} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {goal.statement}
            </Title>
          </Stack>
          <Group gap={4}>
            <Badge variant="outline" tt="none">
              {t(`plan.domain.${goal.domain}`)}
            </Badge>
            <Badge variant="light" color={goal.priority === 'HIGH' ? 'red' : goal.priority === 'MEDIUM' ? 'blue' : 'gray'} tt="none">
              {t(`plan.priority.${goal.priority}`)}
            </Badge>
            {goal.status !== 'IN_PROGRESS' ? (
              <Badge variant="light" color={goal.status === 'ACHIEVED' ? 'green' : 'gray'} tt="none">
                {t(`plan.goalStatus.${goal.status}`)}
              </Badge>
            ) : null}
          </Group>
        </Group>
        {goal.targetDate || needLabel ? (
          <Text size="sm" c="dimmed">
            {[goal.targetDate ? t('plan.goals.targetBy', { date: date(goal.targetDate) }) : null, needLabel ? t('plan.goals.fromNeed', { need: needLabel }) : null]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        ) : null}

        <Text size="sm" fw={600} mt={4}>
          <IconListCheck size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('plan.goals.objectives')}
        </Text>
        {goal.objectives.length ? (
          <List size="sm" spacing={4} withPadding>
            {goal.objectives.map((objective) => (
              <List.Item key={objective.id}>
                <Text size="sm" span style={{ overflowWrap: 'anywhere' }}>
                  {objective.description}
                </Text>
                <Text size="xs" c="dimmed">
                  {[
                    `${t('plan.goals.measure')}: ${objective.measure}`,
                    objective.baseline ? `${t('plan.goals.baseline')}: ${objective.baseline}` : null,
                    `${t('plan.goals.target')}: ${objective.target}`,
                    objective.targetDate ? t('plan.goals.targetBy', { date: date(objective.targetDate) }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {editable ? (
                  <PartActions
                    editLabel={t('plan.actions.editObjectiveNamed', { objective: objective.description })}
                    removeLabel={t('plan.actions.removeObjectiveNamed', { objective: objective.description })}
                    onEdit={() => onEdit({ kind: 'editObjective', goal, objective })}
                    onRemove={() => onEdit({ kind: 'removeObjective', goal, objective })}
                  />
                ) : null}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('plan.goals.noObjectives')}
          </Text>
        )}

        <Text size="sm" fw={600} mt={4}>
          <IconUsers size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('plan.goals.interventions')}
        </Text>
        {goal.interventions.length ? (
          <List size="sm" spacing={4} withPadding>
            {goal.interventions.map((intervention) => {
              const objective = objectiveOf(intervention.objectiveId);
              return (
                <List.Item key={intervention.id}>
                  <Text size="sm" span style={{ overflowWrap: 'anywhere' }}>
                    <Text span fw={600} size="sm">
                      {intervention.responsibleName || t(`plan.responsible.${intervention.responsible}`)}:
                    </Text>{' '}
                    {intervention.description}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {[
                      intervention.responsibleName ? t(`plan.responsible.${intervention.responsible}`) : null,
                      intervention.frequency ? `${t('plan.goals.frequency')}: ${intervention.frequency}` : null,
                      objective ? t('plan.goals.forObjective', { objective: objective.description }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  {editable ? (
                    <PartActions
                      editLabel={t('plan.actions.editInterventionNamed', { intervention: intervention.description })}
                      removeLabel={t('plan.actions.removeInterventionNamed', { intervention: intervention.description })}
                      onEdit={() => onEdit({ kind: 'editIntervention', goal, intervention })}
                      onRemove={() => onEdit({ kind: 'removeIntervention', goal, intervention })}
                    />
                  ) : null}
                </List.Item>
              );
            })}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('plan.goals.noInterventions')}
          </Text>
        )}

        {editable || recordsProgress ? (
          <Group gap="xs" wrap="wrap" mt={4}>
            {editable ? (
              <>
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} aria-label={t('plan.actions.editGoalNamed', { goal: goal.statement })} onClick={() => onEdit({ kind: 'editGoal', goal })}>
                  {t('plan.actions.edit')}
                </Button>
                {/* A goal that holds all the objectives or interventions it may takes no more: the API would refuse them. */}
                {goal.objectives.length < GOAL_OBJECTIVES_MAX ? (
                  <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} aria-label={t('plan.actions.addObjectiveNamed', { goal: goal.statement })} onClick={() => onEdit({ kind: 'addObjective', goal })}>
                    {t('plan.actions.addObjective')}
                  </Button>
                ) : null}
                {goal.interventions.length < GOAL_INTERVENTIONS_MAX ? (
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    aria-label={t('plan.actions.addInterventionNamed', { goal: goal.statement })}
                    onClick={() => onEdit({ kind: 'addIntervention', goal })}
                  >
                    {t('plan.actions.addIntervention')}
                  </Button>
                ) : null}
                <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden />} aria-label={t('plan.actions.removeGoalNamed', { goal: goal.statement })} onClick={() => onEdit({ kind: 'removeGoal', goal })}>
                  {t('plan.actions.remove')}
                </Button>
              </>
            ) : null}
            {recordsProgress ? (
              <Button
                size="xs"
                variant="filled"
                leftSection={<IconChartLine size={14} aria-hidden />}
                aria-label={t('plan.actions.recordProgressNamed', { goal: goal.statement })}
                onClick={() => onEdit({ kind: 'recordProgress', goal })}
              >
                {t('plan.actions.recordProgress')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
