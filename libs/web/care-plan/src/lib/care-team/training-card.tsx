import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconBan, IconUserMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CareTeamTrainingFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate, RecordAction, RecordCard, RecordText, recordElementId } from '@waymark/web/client';

/**
 * One training in the client's history: the topic, when and by whom, when to refresh, what was
 * covered and who was trained (each person can be the target of a refresher's link). While it
 * stands, a person can be taken off or the whole record voided.
 */
export function TrainingCard({
  training,
  highlighted,
  canWrite,
  onVoid,
  onRemoveTrainee,
}: {
  training: CareTeamTrainingFieldsFragment;
  highlighted: boolean;
  canWrite: boolean;
  onVoid: () => void;
  onRemoveTrainee: (traineeId: string) => void;
}) {
  const { t, i18n } = useTranslation('carePlan');
  const language = i18n.language;
  const topic = t(`careTeam.topic.${training.topic}`);
  const date = formatCalendarDate(training.trainedOn, language);
  const trainer = training.trainerName ?? training.trainer?.displayName ?? t('careTeam.history.unknownTrainer');
  const standing = !training.voidedAt && canWrite;
  const present = training.trainees.filter((trainee) => !trainee.removedAt);

  return (
    <RecordCard
      recordId={training.id}
      title={topic}
      facts={t('careTeam.history.facts', { date, trainer })}
      highlighted={highlighted}
      badges={
        training.voidedAt ? (
          <Badge color="gray" variant="light">
            {t('careTeam.history.voided')}
          </Badge>
        ) : (
          <Badge color={training.refreshDueOn ? 'blue' : 'gray'} variant="light">
            {training.refreshDueOn ? t('careTeam.history.refreshBy', { date: formatCalendarDate(training.refreshDueOn, language) }) : t('careTeam.history.noRefresh')}
          </Badge>
        )
      }
      actions={standing ? [<RecordAction key="void" tone="danger" icon={IconBan} label={t('careTeam.history.void')} ariaLabel={t('careTeam.history.voidNamed', { topic, date })} onClick={onVoid} />] : null}
    >
      <RecordText>{training.description}</RecordText>
      {training.voidReason ? (
        <Text size="sm" c="dimmed">
          {t('careTeam.history.voidedBecause', { reason: training.voidReason })}
        </Text>
      ) : null}
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('careTeam.history.trainees')}
        </Text>
        <List spacing={4} size="sm" listStyleType="none" withPadding={false}>
          {training.trainees.map((trainee) => (
            <List.Item key={trainee.id} id={recordElementId(trainee.id)} tabIndex={-1}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" td={trainee.removedAt ? 'line-through' : undefined}>
                  {trainee.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`careTeam.role.${trainee.role}`)}
                </Text>
                {trainee.removalReason ? (
                  <Text size="sm" c="dimmed">
                    ({t('careTeam.history.removed', { reason: trainee.removalReason })})
                  </Text>
                ) : null}
                {standing && !trainee.removedAt && present.length > 1 ? (
                  <RecordAction
                    tone="danger"
                    icon={IconUserMinus}
                    label={t('careTeam.history.removeTrainee')}
                    ariaLabel={t('careTeam.history.removeTraineeNamed', { name: trainee.name })}
                    onClick={() => onRemoveTrainee(trainee.id)}
                  />
                ) : null}
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    </RecordCard>
  );
}
