import { Anchor, Badge, Table, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyView } from '@waymark/web/core';
import { formatDateTime } from '@waymark/web/client';
import type { ImportRecord } from '../model';
import { IMPORT_STATUS_COLOR } from './import-status-color';

/** The agency's imports, newest first, each opening its report; the one on screen is marked. */
export function PastImports({ imports, currentId }: { imports: readonly ImportRecord[]; currentId: string | null }) {
  const { t, i18n } = useTranslation('directory');
  if (!imports.length) return <EmptyView headingOrder={3} icon={<IconFileImport aria-hidden />} title={t('admin.imports.emptyTitle')} description={t('admin.imports.emptyText')} />;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('admin.imports.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.imports.started')}</Table.Th>
            <Table.Th scope="col">{t('admin.imports.file')}</Table.Th>
            <Table.Th scope="col">{t('admin.imports.status')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('admin.report.rowsImported')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('admin.report.rowsRejected')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`?import=${run.id}`} aria-current={run.id === currentId ? 'true' : undefined} fw={run.id === currentId ? 700 : 500}>
                  {formatDateTime(run.startedAt, i18n.language)}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm">{run.fileName ?? '—'}</Text>
                <Text size="xs" c="dimmed">
                  {t(`admin.format.${run.format}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={IMPORT_STATUS_COLOR[run.status]}>
                  {t(`admin.importStatus.${run.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{run.rowsImported}</Table.Td>
              <Table.Td ta="right">{run.rowsRejected}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
