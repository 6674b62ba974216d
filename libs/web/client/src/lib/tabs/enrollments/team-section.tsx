import { useState } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserMinus } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, TeamRole } from '@waymark/shared/types';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { ActionError } from '../../shared/action-error';
import { formatDay } from '../../shared/format';
import { addTeamMemberMutation, removeTeamMemberMutation } from './enrollment.operations';
import { useWorkerOptions } from './use-workers';

/** Who else serves the client in this program; supervisors add and remove members. */
export function TeamSection({ enrollment, canManage }: { enrollment: EnrollmentFieldsFragment; canManage: boolean }) {
  const { t, i18n } = useTranslation('client');
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<TeamRole>(TeamRole.BACKUP_CASE_MANAGER);
  const [pickError, setPickError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [add, addState] = useMutation(addTeamMemberMutation);
  const [remove, removeState] = useMutation(removeTeamMemberMutation);
  const open = enrollment.status !== 'CLOSED';
  const workers = useWorkerOptions(canManage && open);
  const memberIds = new Set(enrollment.team.map((member) => member.user?.id));
  const candidates = workers.options.filter((option) => !memberIds.has(option.value) && option.value !== enrollment.primaryCaseManager?.id);

  const addMember = async () => {
    setPickError(userId ? null : t('tabs.enrollments.chooseWorker'));
    if (!userId) return;
    setError(null);
    try {
      await add({ variables: { input: { enrollmentId: enrollment.id, version: enrollment.version, userId, role } } });
      notifications.show({ color: 'green', message: t('tabs.enrollments.memberAdded') });
      setUserId('');
    } catch (failure) {
      setError(failure);
    }
  };
  const removeMember = async (memberId: string, name: string) => {
    setError(null);
    try {
      await remove({ variables: { input: { enrollmentId: enrollment.id, version: enrollment.version, userId: memberId } } });
      notifications.show({ color: 'green', message: t('tabs.enrollments.memberRemoved', { name }) });
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <Stack gap="sm">
      {enrollment.team.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tabs.enrollments.noTeam')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="xs" aria-label={t('tabs.enrollments.teamCaption', { program: enrollment.program.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tabs.enrollments.member')}</Table.Th>
                <Table.Th scope="col">{t('tabs.enrollments.teamRole')}</Table.Th>
                <Table.Th scope="col">{t('tabs.enrollments.since')}</Table.Th>
                {canManage && open ? (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('tabs.enrollments.actions')}</VisuallyHidden>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {enrollment.team.map((member) => {
                const name = member.user?.displayName ?? t('tabs.common.unknownStaff');
                return (
                  <Table.Tr key={member.id}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{t(`tabs.enrollments.role.${member.role}`)}</Table.Td>
                    <Table.Td>{formatDay(member.addedAt, i18n.language)}</Table.Td>
                    {canManage && open ? (
                      <Table.Td>
                        <Tooltip label={t('tabs.enrollments.removeMember', { name })}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('tabs.enrollments.removeMember', { name })}
                            loading={removeState.loading}
                            onClick={() => member.user && void removeMember(member.user.id, name)}
                          >
                            <IconUserMinus size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && open ? (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('tabs.enrollments.addMemberWorker')}
            data={[{ value: '', label: t('tabs.enrollments.chooseWorker'), disabled: true }, ...candidates]}
            value={userId}
            error={pickError}
            onChange={(event) => setUserId(event.currentTarget.value)}
            style={{ flex: '1 1 220px' }}
          />
          <NativeSelect
            label={t('tabs.enrollments.teamRole')}
            data={TEAM_ROLES.map((value) => ({ value, label: t(`tabs.enrollments.role.${value}`) }))}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as TeamRole)}
            style={{ flex: '1 1 180px' }}
          />
          <Button variant="light" onClick={() => void addMember()} loading={addState.loading}>
            {t('tabs.enrollments.addMember')}
          </Button>
        </Group>
      ) : null}
      <ActionError error={error} />
    </Stack>
  );
}
