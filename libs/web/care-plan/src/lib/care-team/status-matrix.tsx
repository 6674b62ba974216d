import { Alert, Button, Group, Loader, ScrollArea, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconClockHour4, IconRefresh, type TablerIcon } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TrainingStanding } from '@waymark/shared/types';
import { formatCalendarDate } from '@waymark/web/client';
import type { CareTeamTrainingStatusQuery } from '@waymark/web/core';
import { careTeamStatusQuery } from './care-team.operations';
import type { TrainingPrefill } from './training-prefill';

type Member = CareTeamTrainingStatusQuery['careTeamTrainingStatus']['members'][number];
type Cell = Member['cells'][number];

/** Each standing's colour and icon; the words in the cell say it too, for those who do not see colour. */
const LOOK: Record<TrainingStanding, { color: string; icon: TablerIcon }> = {
  CURRENT: { color: 'green', icon: IconCircleCheck },
  DUE_SOON: { color: 'yellow', icon: IconClockHour4 },
  OVERDUE: { color: 'red', icon: IconAlertTriangle },
  NEVER_TRAINED: { color: 'gray', icon: IconCircleDashed },
};

/**
 * The care team topic by person: one row per person trained for the client, one column per
 * topic any training covered. Overdue, due-soon and never-trained cells offer to record the
 * training there and then, filled in with the topic and the person.
 */
export function StatusMatrix({ clientId, canWrite, onRefresh }: { clientId: string; canWrite: boolean; onRefresh: (prefill: TrainingPrefill) => void }) {
  const { t } = useTranslation('carePlan');
  const { data, loading, error, refetch } = useQuery(careTeamStatusQuery, { variables: { clientId }, fetchPolicy: 'cache-and-network' });
  const status = data?.careTeamTrainingStatus;

  return (
    <Stack gap="sm" component="section" aria-labelledby="care-team-status-heading">
      <Title order={3} size="h4" id="care-team-status-heading">
        {t('careTeam.status.title')}
      </Title>
      {error && !status ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Group justify="space-between">
            <Text size="sm">{t('careTeam.status.failed')}</Text>
            <Button size="xs" variant="light" onClick={() => void refetch()}>
              {t('careTeam.status.retry')}
            </Button>
          </Group>
        </Alert>
      ) : loading && !status ? (
        <Group gap="xs" role="status">
          <Loader size="sm" />
          <Text size="sm">{t('careTeam.status.loading')}</Text>
        </Group>
      ) : !status?.members.length ? (
        <Text size="sm" c="dimmed">
          {t('careTeam.status.empty')}
        </Text>
      ) : (
        <ScrollArea type="auto">
          <Table withTableBorder withColumnBorders verticalSpacing="sm" miw={180 + status.topics.length * 150}>
            <Table.Caption>{t('careTeam.status.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('careTeam.status.person')}</Table.Th>
                {status.topics.map((topic) => (
                  <Table.Th key={topic} scope="col">
                    {t(`careTeam.topic.${topic}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {status.members.map((member) => (
                <Table.Tr key={member.personKey}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600}>
                      {member.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`careTeam.role.${member.role}`)}
                    </Text>
                  </Table.Th>
                  {member.cells.map((cell) => (
                    <Table.Td key={cell.topic}>
                      <StandingCell member={member} cell={cell} canWrite={canWrite} onRefresh={onRefresh} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}

function StandingCell({ member, cell, canWrite, onRefresh }: { member: Member; cell: Cell; canWrite: boolean; onRefresh: (prefill: TrainingPrefill) => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const { color, icon: Icon } = LOOK[cell.standing];
  const date = formatCalendarDate(cell.refreshDueOn, i18n.language);
  const words = cell.standing === TrainingStanding.CURRENT && !cell.refreshDueOn ? t('careTeam.status.CURRENT_NO_REFRESH') : t(`careTeam.status.${cell.standing}`, { date });
  const topic = t(`careTeam.topic.${cell.topic}`);
  const never = cell.standing === TrainingStanding.NEVER_TRAINED;
  return (
    <Stack gap={6} align="flex-start">
      <Group gap={6} wrap="nowrap" data-standing={cell.standing}>
        <ThemeIcon color={color} variant="light" size="sm" radius="xl" aria-hidden>
          <Icon size={14} />
        </ThemeIcon>
        <Text size="sm" c={cell.standing === TrainingStanding.OVERDUE ? 'red.8' : undefined} fw={cell.standing === TrainingStanding.OVERDUE ? 600 : undefined}>
          {words}
        </Text>
      </Group>
      {canWrite && cell.standing !== TrainingStanding.CURRENT ? (
        <Button
          size="compact-xs"
          variant={cell.standing === TrainingStanding.OVERDUE ? 'filled' : 'light'}
          color={cell.standing === TrainingStanding.OVERDUE ? 'red' : undefined}
          leftSection={<IconRefresh size={12} aria-hidden />}
          aria-label={t(never ? 'careTeam.status.trainNamed' : 'careTeam.status.refreshNamed', { topic, name: member.name })}
          onClick={() => onRefresh({ topic: cell.topic, trainee: { name: member.name, role: member.role, contactId: member.contactId } })}
        >
          {never ? t('careTeam.status.train') : t('careTeam.status.refresh')}
        </Button>
      ) : null}
    </Stack>
  );
}
