import { useId, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { IconAlertTriangle, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { inRecordedOrder, isLackOfProgress } from '@waymark/shared/types';
import type { GoalProgressFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { rating: number };
  index?: number;
}

/**
 * A rating on the chart: a circle, or for a lack of progress (1–2) a larger triangle with an
 * outline, so it stands out by its shape and not by its colour alone.
 */
function RatingDot({ cx, cy, payload, index }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (isLackOfProgress(payload.rating)) {
    return (
      <path
        key={`dot-${index}`}
        d={`M ${cx} ${cy - 8} L ${cx + 7} ${cy + 5} L ${cx - 7} ${cy + 5} Z`}
        fill="var(--mantine-color-red-7)"
        stroke="var(--mantine-color-white)"
        strokeWidth={1.5}
      />
    );
  }
  return <circle key={`dot-${index}`} cx={cx} cy={cy} r={4} fill="var(--mantine-color-blue-7)" stroke="var(--mantine-color-white)" strokeWidth={1.5} />;
}

/**
 * One goal's ratings over time, over every version of the plan. The chart is a picture for
 * sighted readers; its summary says the same in words, and a table gives every rating.
 */
export function GoalProgressChart({ goal }: { goal: GoalProgressFieldsFragment }) {
  const { t, i18n } = useTranslation('carePlan');
  const [table, setTable] = useState(false);
  const tableId = useId();
  const language = i18n.language;
  const entries = inRecordedOrder(goal.entries);
  const word = (rating: number) => t('progress.ratingValue', { rating, word: t(`progress.rating.${rating}`) });
  const latest = entries.at(-1);
  const summary = latest
    ? t('progress.chart.summary', { count: entries.length, date: formatCalendarDate(latest.recordedOn, language), rating: word(latest.rating) })
    : t('progress.none');
  const data = entries.map((entry) => ({ date: formatCalendarDate(entry.recordedOn, language), rating: entry.rating }));
  const headingId = `${tableId}-heading`;
  return (
    <Paper withBorder radius="sm" p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={4} size="h5" id={headingId} style={{ overflowWrap: 'anywhere', flex: 1 }}>
            {t('progress.chart.goalChart', { goal: goal.statement })}
          </Title>
          {goal.lackOfProgress ? (
            <Badge color="red" variant="filled" autoContrast tt="none" leftSection={<IconAlertTriangle size={14} aria-hidden />}>
              {t('progress.lackOfProgress')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">{summary}</Text>
        {goal.lackOfProgress ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} p="xs">
            <Text size="sm">{t('progress.chart.lackWarning')}</Text>
          </Alert>
        ) : null}
        {data.length ? (
          <div aria-hidden>
            <LineChart
              h={220}
              data={data}
              dataKey="date"
              series={[{ name: 'rating', label: t('progress.chart.rating'), color: 'blue.7' }]}
              curveType="linear"
              withTooltip
              yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], allowDecimals: false, width: 24, tickFormatter: (value: number) => String(value) }}
              valueFormatter={(value) => word(value)}
              referenceAreas={[{ y1: 1, y2: 2.5, fill: 'var(--mantine-color-red-1)', fillOpacity: 0.6, label: { value: t('progress.chart.lackBand'), position: 'insideBottomRight', fontSize: 11 } }]}
              lineProps={{ dot: (props: DotProps) => <RatingDot {...props} />, activeDot: false }}
            />
          </div>
        ) : null}
        {entries.length ? (
          <>
            <Group>
              <Button
                size="xs"
                variant="subtle"
                leftSection={<IconTable size={14} aria-hidden />}
                aria-expanded={table}
                aria-controls={tableId}
                onClick={() => setTable((shown) => !shown)}
              >
                {table ? t('progress.chart.hideTable') : t('progress.chart.showTable')}
              </Button>
            </Group>
            <div id={tableId} hidden={!table}>
              <Table.ScrollContainer minWidth={480}>
                <Table verticalSpacing={4} fz="sm" striped>
                  <Table.Caption>{t('progress.chart.tableCaption', { goal: goal.statement })}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('progress.chart.date')}</Table.Th>
                      <Table.Th scope="col">{t('progress.chart.rating')}</Table.Th>
                      <Table.Th scope="col">{t('progress.chart.flag')}</Table.Th>
                      <Table.Th scope="col">{t('progress.chart.note')}</Table.Th>
                      <Table.Th scope="col">{t('progress.chart.recordedBy')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {entries.map((entry) => (
                      <Table.Tr key={entry.id}>
                        <Table.Td>{formatCalendarDate(entry.recordedOn, language)}</Table.Td>
                        <Table.Td>{word(entry.rating)}</Table.Td>
                        <Table.Td>{isLackOfProgress(entry.rating) ? t('progress.chart.yes') : t('progress.chart.no')}</Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.note}</Table.Td>
                        <Table.Td>{entry.recordedBy?.displayName}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </div>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
