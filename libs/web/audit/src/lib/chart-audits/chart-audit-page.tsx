import { Accordion, Alert, Anchor, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconClipboardX } from '@tabler/icons-react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CHART_AUDIT_READER_ROLES, CHART_AUDITOR_ROLES } from '@waymark/shared/types';
import { formatCalendarDate } from '@waymark/web/client';
import { ErrorState, hasErrorCode, LoadingState, NoticePage, Page, useErrorMessage, useSessionState } from '@waymark/web/core';
import { ChartAuditStatusBadge } from './chart-audit-status-badge';
import { answeredOf } from './chart-audit-words';
import { chartAuditQuery, completeChartAuditMutation } from './chart-audits.operations';
import { ChartReview } from './chart-review';
import { ComplianceSummary } from './compliance-summary';
import { sampleWords } from './sample-words';

/** One chart audit: its sample with each chart's progress and checklist, corrective actions, completion, and compliance. */
export function ChartAuditPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('audit');
  const { user } = useSessionState();
  const describe = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(chartAuditQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [complete, { loading: completing }] = useMutation(completeChartAuditMutation);
  const review = data?.chartAudit;
  const reader = !!user && CHART_AUDIT_READER_ROLES.includes(user.role);
  if (!review && error && hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <NoticePage
        title={t('chartAudits.title')}
        description={t('chartAudits.page.notFound')}
        icon={<IconClipboardX aria-hidden />}
        action={
          <Button component={Link} to={reader ? '/chart-audits' : '/worklist'} variant="default">
            {t(reader ? 'chartAudits.page.back' : 'chartAudits.page.toWorklist')}
          </Button>
        }
      />
    );
  }
  if (!review) {
    return (
      <Page title={t('chartAudits.title')}>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {loading ? <LoadingState label={t('chartAudits.page.loading')} /> : null}
      </Page>
    );
  }
  const { audit, charts } = review;
  const mayRun = !!user && CHART_AUDITOR_ROLES.includes(user.role);
  const editable = mayRun && audit.status === 'IN_PROGRESS';
  const allAnswered = audit.answeredCount === audit.answerCount;
  const finish = async () => {
    try {
      await complete({ variables: { input: { chartAuditId: audit.id, version: audit.version } } });
      notifications.show({ color: 'green', message: t('chartAudits.page.completed') });
    } catch (failure) {
      notifications.show({ color: 'red', message: describe(failure) });
    }
  };
  const scope = [audit.programName ?? t('chartAudits.allPrograms'), audit.worker?.displayName ?? t('chartAudits.anyWorker'), sampleWords(audit, t)].join(' · ');
  return (
    <Page
      title={t('chartAudits.page.title', { quarter: audit.quarter })}
      description={scope}
      actions={
        reader ? (
          <Anchor component={Link} to="/chart-audits" size="sm">
            <Group gap={4}>
              <IconArrowLeft size={14} aria-hidden />
              {t('chartAudits.page.back')}
            </Group>
          </Anchor>
        ) : null
      }
    >
      <Stack gap="md">
        <Card withBorder radius="md" padding="md">
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Group gap="sm" wrap="wrap">
                <ChartAuditStatusBadge status={audit.status} />
                <Text size="sm" c="dimmed">
                  {t('chartAudits.page.startedBy', { name: audit.startedBy?.displayName ?? '', date: formatCalendarDate(audit.startedAt.slice(0, 10), i18n.language) })}
                  {audit.completedAt ? ` · ${t('chartAudits.page.completedOn', { date: formatCalendarDate(audit.completedAt.slice(0, 10), i18n.language) })}` : ''}
                  {` · ${t('chartAudits.page.seed', { seed: audit.seed })}`}
                </Text>
              </Group>
              {editable ? (
                <Button onClick={() => void finish()} loading={completing} disabled={!allAnswered} aria-describedby={allAnswered ? undefined : 'complete-hint'}>
                  {t('chartAudits.page.complete')}
                </Button>
              ) : null}
            </Group>
            <Stack gap={4}>
              <Text size="sm" id="chart-audit-progress">
                {t('chartAudits.page.progressLabel')}: {t('chartAudits.progress', { answered: audit.answeredCount, total: audit.answerCount })}
              </Text>
              <Progress value={audit.answerCount ? (audit.answeredCount * 100) / audit.answerCount : 0} aria-labelledby="chart-audit-progress" />
            </Stack>
            {editable && !allAnswered ? (
              <Text size="sm" c="dimmed" id="complete-hint">
                {t('chartAudits.page.completeHint')}
              </Text>
            ) : null}
            {!mayRun ? (
              <Alert color="gray" variant="light">
                {t('chartAudits.page.readOnly')}
              </Alert>
            ) : null}
          </Stack>
        </Card>
        <Card withBorder radius="md" padding="md" component="section" aria-labelledby="chart-audit-charts">
          <Stack gap="sm">
            <Title order={2} size="h4" id="chart-audit-charts">
              {t('chartAudits.page.charts')}
            </Title>
            <Accordion multiple variant="separated" defaultValue={charts.length ? [charts[0].id] : []}>
              {charts.map((chart) => (
                <Accordion.Item key={chart.id} value={chart.id}>
                  <Accordion.Control>
                    <Group justify="space-between" wrap="wrap" gap="xs" pr="sm">
                      <Stack gap={0}>
                        <Text fw={600}>{chart.client ? `${chart.client.displayName} · ${chart.client.clientNumber}` : chart.clientId}</Text>
                        <Text size="sm" c="dimmed">
                          {chart.worker?.displayName ?? t('chartAudits.page.noWorker')}
                        </Text>
                      </Stack>
                      <Text size="sm">{t('chartAudits.page.chartProgress', { answered: answeredOf(chart), total: chart.answers.length })}</Text>
                    </Group>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <ChartReview chart={chart} items={audit.items} editable={editable} onReload={() => void refetch()} />
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
            </Accordion>
          </Stack>
        </Card>
        <ComplianceSummary review={review} />
      </Stack>
    </Page>
  );
}
