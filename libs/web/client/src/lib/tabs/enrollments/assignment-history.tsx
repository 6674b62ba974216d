import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { formatDateTime } from '../../shared/format';

/** Every case manager who held the enrollment, newest first, with who assigned them and why. */
export function AssignmentHistory({ enrollment }: { enrollment: EnrollmentFieldsFragment }) {
  const { t, i18n } = useTranslation('client');
  const rows = [...enrollment.assignments].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  if (!rows.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('tabs.enrollments.noAssignments')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label={t('tabs.enrollments.historyCaption', { program: enrollment.program.name })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tabs.enrollments.caseManager')}</Table.Th>
            <Table.Th scope="col">{t('tabs.enrollments.from')}</Table.Th>
            <Table.Th scope="col">{t('tabs.enrollments.until')}</Table.Th>
            <Table.Th scope="col">{t('tabs.enrollments.assignedBy')}</Table.Th>
            <Table.Th scope="col">{t('tabs.enrollments.reasonColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{row.caseManager?.displayName ?? t('tabs.common.unknownStaff')}</Table.Td>
              <Table.Td>{formatDateTime(row.startedAt, i18n.language)}</Table.Td>
              <Table.Td>{row.endedAt ? formatDateTime(row.endedAt, i18n.language) : t('tabs.enrollments.current')}</Table.Td>
              <Table.Td>{row.assignedBy?.displayName ?? '—'}</Table.Td>
              <Table.Td>{row.reason ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
