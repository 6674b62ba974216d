import { useState } from 'react';
import { Badge, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CHART_AUDIT_NOTE_MAX, type ChartAuditResult, type TaskStatus } from '@waymark/shared/types';
import { formatCalendarDate } from '@waymark/web/client';
import { useErrorMessage } from '@waymark/web/core';
import { AnswerDialog } from './answer-dialog';
import { ChartChecklistItem } from './chart-checklist-item';
import { answerChartAuditItemMutation, recordChartAuditFindingsMutation } from './chart-audits.operations';
import { type AuditedChart, type ChartAnswer, type ChartAuditItem, itemLabel } from './chart-audit-words';
import { CorrectiveActionDialog } from './corrective-action-dialog';

/** A corrective action as its worklist task stands. */
const ACTION_WORD: Record<TaskStatus, 'open' | 'done' | 'cancelled'> = { OPEN: 'open', DONE: 'done', CANCELLED: 'cancelled' };
const ACTION_COLOR: Record<TaskStatus, string> = { OPEN: 'yellow', DONE: 'green', CANCELLED: 'gray' };

/** One chart of the sample: its checklist with the pre-filled answers, the reviewer's findings and its corrective actions. */
export function ChartReview({ chart, items, editable, onReload }: { chart: AuditedChart; items: ChartAuditItem[]; editable: boolean; onReload: () => void }) {
  const { t, i18n } = useTranslation('audit');
  const describe = useErrorMessage();
  const [answer, { loading: answering }] = useMutation(answerChartAuditItemMutation);
  const [saveFindings, { loading: saving }] = useMutation(recordChartAuditFindingsMutation);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [overriding, setOverriding] = useState<ChartAnswer | null>(null);
  const [assigning, setAssigning] = useState<{ itemKey: string | null } | null>(null);
  const [findings, setFindings] = useState(chart.findings ?? '');
  const itemOf = (key: string) => items.find((item) => item.key === key);
  const fail = (error: unknown) => notifications.show({ color: 'red', message: describe(error) });
  const answerWith = async (row: ChartAnswer, result: ChartAuditResult) => {
    setBusyId(row.id);
    try {
      await answer({ variables: { input: { answerId: row.id, version: row.version, result } } });
    } catch (error) {
      fail(error);
    } finally {
      setBusyId(null);
    }
  };
  const storeFindings = async () => {
    try {
      await saveFindings({ variables: { input: { chartId: chart.id, version: chart.version, findings: findings.trim() || null } } });
      notifications.show({ color: 'green', message: t('chartAudits.findings.saved') });
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Stack gap="md">
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {chart.answers.map((row) => {
          const item = itemOf(row.itemKey);
          return item ? (
            <ChartChecklistItem
              key={row.id}
              item={item}
              answer={row}
              editable={editable}
              busy={answering && busyId === row.id}
              onAnswer={(result) => void answerWith(row, result)}
              onOverride={() => setOverriding(row)}
              onAssign={() => setAssigning({ itemKey: row.itemKey })}
            />
          ) : null;
        })}
      </Stack>
      <Stack gap="xs">
        <Textarea
          label={t('chartAudits.findings.label')}
          autosize
          minRows={2}
          maxLength={CHART_AUDIT_NOTE_MAX}
          value={findings}
          readOnly={!editable}
          onChange={(event) => setFindings(event.currentTarget.value)}
        />
        {editable ? (
          <Group>
            <Button variant="default" size="sm" loading={saving} disabled={findings.trim() === (chart.findings ?? '')} onClick={() => void storeFindings()}>
              {t('chartAudits.findings.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby={`actions-${chart.id}`}>
        <Group justify="space-between" wrap="wrap">
          <Title order={4} size="h5" id={`actions-${chart.id}`}>
            {t('chartAudits.actions.title')}
          </Title>
          {editable ? (
            <Button size="xs" variant="light" onClick={() => setAssigning({ itemKey: null })}>
              {t('chartAudits.actions.add')}
            </Button>
          ) : null}
        </Group>
        {chart.actions.length ? (
          <List spacing="xs" listStyleType="none" p={0}>
            {chart.actions.map((action) => (
              <List.Item key={action.id}>
                <Group gap="xs" wrap="wrap">
                  <Badge color={ACTION_COLOR[action.status]} variant="light">
                    {t(`chartAudits.actions.${ACTION_WORD[action.status]}`)}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {action.what}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {action.assignee?.displayName} · {t('chartAudits.actions.due', { date: formatCalendarDate(action.dueOn, i18n.language) })}
                    {action.itemKey ? ` · ${t('chartAudits.actions.forItem', { item: itemLabel(itemOf(action.itemKey), i18n.language) })}` : ''}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('chartAudits.actions.none')}
          </Text>
        )}
      </Stack>
      {overriding ? (
        <AnswerDialog answer={overriding} label={itemLabel(itemOf(overriding.itemKey), i18n.language)} onClose={() => setOverriding(null)} onReload={onReload} />
      ) : null}
      {assigning ? <CorrectiveActionDialog chart={chart} items={items} itemKey={assigning.itemKey} onClose={() => setAssigning(null)} /> : null}
    </Stack>
  );
}
