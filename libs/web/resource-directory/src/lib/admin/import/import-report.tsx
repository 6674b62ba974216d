import { useState } from 'react';
import { Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyView } from '@waymark/web/core';
import type { ImportRecord } from '../model';
import { downloadText } from '../shared/download';
import { filterProblems, problemsCsv, type ProblemRow } from './problems-csv';

function Count({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Card withBorder radius="md" padding="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color}>
        {value}
      </Text>
    </Card>
  );
}

/**
 * A finished import's validation report: how many rows came in and how many were refused,
 * then every problem with its file, row and field. The table filters as one types; the whole
 * report downloads as CSV for whoever fixes the source file.
 */
export function ImportReport({ run, problems }: { run: ImportRecord; problems: readonly ProblemRow[] }) {
  const { t } = useTranslation('directory');
  const [filter, setFilter] = useState('');
  const shown = filterProblems(problems, filter);
  const header: [string, string, string, string] = [t('admin.report.file'), t('admin.report.row'), t('admin.report.field'), t('admin.report.message')];
  const fileName = run.fileName ? t('admin.report.fileName', { name: run.fileName.replace(/\.[^.]+$/, '') }) : t('admin.report.fileNameUnnamed');
  const download = () => downloadText(`${fileName}.csv`, problemsCsv(problems, header), 'text/csv');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Count label={t('admin.report.rowsTotal')} value={run.rowsTotal} />
        <Count label={t('admin.report.rowsImported')} value={run.rowsImported} color="green.8" />
        <Count label={t('admin.report.rowsRejected')} value={run.rowsRejected} color={run.rowsRejected ? 'red.8' : undefined} />
      </SimpleGrid>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={3} size="h4">
          {t('admin.report.problemsTitle', { count: problems.length })}
        </Title>
        {problems.length ? (
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={download}>
            {t('admin.report.download')}
          </Button>
        ) : null}
      </Group>
      {!problems.length ? (
        <EmptyView headingOrder={3} title={t('admin.report.noProblemsTitle')} description={t('admin.report.noProblemsText')} />
      ) : (
        <>
          <TextInput
            type="search"
            label={t('admin.report.filter')}
            description={t('admin.report.filterHint')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={filter}
            onChange={(event) => setFilter(event.currentTarget.value)}
            maw={420}
          />
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('admin.report.showing', { shown: shown.length, total: problems.length })}
          </Text>
          <Table.ScrollContainer minWidth={600}>
            <Table striped withTableBorder verticalSpacing="xs">
              <Table.Caption>{t('admin.report.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {header.map((label) => (
                    <Table.Th key={label} scope="col">
                      {label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((problem, index) => (
                  <Table.Tr key={`${problem.file}-${problem.row}-${problem.field}-${index}`}>
                    <Table.Td>{problem.file}</Table.Td>
                    <Table.Td>{problem.row ?? '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {problem.field ?? '—'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{problem.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
