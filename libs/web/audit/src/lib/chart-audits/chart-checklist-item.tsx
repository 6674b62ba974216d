import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHART_AUDIT_RESULTS, type ChartAuditResult } from '@waymark/shared/types';
import { type ChartAnswer, type ChartAuditItem, itemLabel } from './chart-audit-words';
import { ResultBadge } from './result-badge';

/**
 * One checklist item of a chart: the system's answer and its evidence for an automatic item
 * (confirm or override), or the reviewer's buttons for a question; and a corrective action.
 */
export function ChartChecklistItem({
  item,
  answer,
  editable,
  busy,
  onAnswer,
  onOverride,
  onAssign,
}: {
  item: ChartAuditItem;
  answer: ChartAnswer;
  editable: boolean;
  busy: boolean;
  onAnswer: (result: ChartAuditResult) => void;
  onOverride: () => void;
  onAssign: () => void;
}) {
  const { t, i18n } = useTranslation('audit');
  const label = itemLabel(item, i18n.language);
  const headingId = `item-${answer.id}`;
  const confirmed = !!answer.answeredBy;
  return (
    <Paper withBorder radius="sm" p="sm" component="li" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 260px' }}>
            <Text fw={600} id={headingId}>
              {label}
            </Text>
            <Text size="xs" c="dimmed">
              {item.check ? t('chartAudits.item.automatic') : t('chartAudits.item.manual')}
              {/* The notes check's limit comes from its parameter, so a label never goes stale when the days change. */}
              {item.check === 'NOTES_SIGNED_ON_TIME' ? ` · ${item.days ? t('chartAudits.item.withinDays', { count: item.days }) : t('chartAudits.item.lateEntryDays')}` : ''}
            </Text>
          </Stack>
          <Group gap={6}>
            <ResultBadge result={answer.result} />
            {answer.overridden ? (
              <Badge color="orange" variant="outline">
                {t('chartAudits.item.overridden')}
              </Badge>
            ) : null}
          </Group>
        </Group>
        {answer.evidence ? (
          <Text size="sm">
            <Text span fw={500}>
              {t('chartAudits.item.evidence')}:
            </Text>{' '}
            {answer.evidence}
          </Text>
        ) : null}
        {answer.note ? (
          <Text size="sm">
            <Text span fw={500}>
              {t('chartAudits.item.note')}:
            </Text>{' '}
            {answer.note}
          </Text>
        ) : null}
        {answer.answeredBy ? (
          <Text size="xs" c="dimmed">
            {t('chartAudits.item.answeredBy', { name: answer.answeredBy.displayName })}
          </Text>
        ) : null}
        {editable ? (
          <Group gap="xs" wrap="wrap" role="group" aria-label={t('chartAudits.item.answer', { item: label })}>
            {item.check ? (
              <>
                {!confirmed && answer.automaticResult ? (
                  <Button size="xs" variant="light" loading={busy} onClick={() => onAnswer(answer.automaticResult as ChartAuditResult)}>
                    {t('chartAudits.item.confirm')}
                  </Button>
                ) : null}
                <Button size="xs" variant="default" onClick={onOverride}>
                  {t('chartAudits.item.override')}
                </Button>
              </>
            ) : (
              CHART_AUDIT_RESULTS.map((result) => (
                <Button key={result} size="xs" variant={answer.result === result ? 'filled' : 'default'} aria-pressed={answer.result === result} loading={busy} onClick={() => onAnswer(result)}>
                  {t(`chartAudits.result.${result}`)}
                </Button>
              ))
            )}
            <Button size="xs" variant="subtle" onClick={onAssign}>
              {t('chartAudits.item.assign')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
