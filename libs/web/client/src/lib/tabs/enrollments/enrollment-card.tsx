import { Accordion, Button, Card, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ENROLLMENT_STATUS_TRANSITIONS, type EnrollmentStatus } from '@waymark/shared/types';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate } from '../../shared/format';
import { AssignmentHistory } from './assignment-history';
import { EnrollmentStatusBadge } from './enrollment-status-badge';
import { TeamSection } from './team-section';
import { recordElementId } from '../../shared/use-item-focus';

/** One enrollment: its status and the moves the status machine allows, its case manager, team and assignment history. */
export function EnrollmentCard({
  highlighted,
  enrollment,
  canWrite,
  isSupervisor,
  onChangeStatus,
  onAssign,
}: {
  /** Opened from a link to this record (the timeline) */
  highlighted?: boolean;
  enrollment: EnrollmentFieldsFragment;
  canWrite: boolean;
  isSupervisor: boolean;
  onChangeStatus: (to: EnrollmentStatus) => void;
  onAssign: () => void;
}) {
  const { t, i18n } = useTranslation('client');
  const date = (value: string | null | undefined) => formatCalendarDate(value, i18n.language);
  const program = enrollment.program.name;
  const next = ENROLLMENT_STATUS_TRANSITIONS[enrollment.status];
  const headingId = `enrollment-${enrollment.id}`;
  const open = enrollment.status !== 'CLOSED';
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-labelledby={headingId}
      id={recordElementId(enrollment.id)}
      tabIndex={-1}
      style={highlighted ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0}>
            <Title order={3} size="h5" id={headingId}>
              {program}
            </Title>
            <Text size="sm" c="dimmed">
              {enrollment.program.code}
            </Text>
          </Stack>
          <EnrollmentStatusBadge status={enrollment.status} />
        </Group>
        <DataList orientation="horizontal" labelWidth="11rem" gap="xs">
          <DataList.Item>
            <DataList.ItemLabel>{t('tabs.enrollments.primaryCaseManager')}</DataList.ItemLabel>
            <DataList.ItemValue>{enrollment.primaryCaseManager?.displayName ?? t('tabs.enrollments.notAssigned')}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('tabs.enrollments.openedOn')}</DataList.ItemLabel>
            <DataList.ItemValue>{date(enrollment.openedOn)}</DataList.ItemValue>
          </DataList.Item>
          {enrollment.openReason ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('tabs.enrollments.openReason')}</DataList.ItemLabel>
              <DataList.ItemValue>{enrollment.openReason}</DataList.ItemValue>
            </DataList.Item>
          ) : null}
          {enrollment.closedOn ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('tabs.enrollments.closedOn')}</DataList.ItemLabel>
              <DataList.ItemValue>{date(enrollment.closedOn)}</DataList.ItemValue>
            </DataList.Item>
          ) : null}
          {enrollment.closeReason ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('tabs.enrollments.closeReason')}</DataList.ItemLabel>
              <DataList.ItemValue>{enrollment.closeReason}</DataList.ItemValue>
            </DataList.Item>
          ) : null}
        </DataList>
        {(canWrite && next.length) || (isSupervisor && open) ? (
          <Group gap="xs" wrap="wrap">
            {canWrite
              ? next.map((status) => (
                  <Button
                    key={status}
                    size="xs"
                    variant={status === 'CLOSED' ? 'subtle' : 'light'}
                    color={status === 'CLOSED' ? 'red' : 'blue'}
                    onClick={() => onChangeStatus(status)}
                    aria-label={t('tabs.enrollments.moveToNamed', { action: t(`tabs.enrollments.moveTo.${status}`), program })}
                  >
                    {t(`tabs.enrollments.moveTo.${status}`)}
                  </Button>
                ))
              : null}
            {isSupervisor && open ? (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconUserShare size={14} aria-hidden />}
                onClick={onAssign}
                aria-label={t('tabs.enrollments.assignNamed', { program })}
              >
                {enrollment.primaryCaseManager ? t('tabs.enrollments.reassign') : t('tabs.enrollments.assign')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        <Accordion variant="contained" chevronPosition="left" multiple>
          <Accordion.Item value="team">
            <Accordion.Control>{t('tabs.enrollments.teamTitle', { count: enrollment.team.length })}</Accordion.Control>
            <Accordion.Panel>
              <TeamSection enrollment={enrollment} canManage={isSupervisor} />
            </Accordion.Panel>
          </Accordion.Item>
          <Accordion.Item value="history">
            <Accordion.Control>{t('tabs.enrollments.historyTitle', { count: enrollment.assignments.length })}</Accordion.Control>
            <Accordion.Panel>
              <AssignmentHistory enrollment={enrollment} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Card>
  );
}
