import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleMinus, IconCirclePlus, IconEqual, IconPencil, type TablerIcon } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PlanChange } from '@waymark/shared/types';
import { ErrorState, LoadingState } from '@waymark/web/core';
import { formatCalendarDate, FormModal } from '@waymark/web/client';
import { carePlanComparisonQuery } from './plan-compare.operations';

const CHANGE_LOOK: Record<PlanChange, { color: string; icon: TablerIcon }> = {
  ADDED: { color: 'green', icon: IconCirclePlus },
  REMOVED: { color: 'red', icon: IconCircleMinus },
  CHANGED: { color: 'blue', icon: IconPencil },
  UNCHANGED: { color: 'gray', icon: IconEqual },
};

interface FieldChange {
  field: string;
  before?: string | null;
  after?: string | null;
}

function ChangeBadge({ change }: { change: PlanChange }) {
  const { t } = useTranslation('carePlan');
  const { color, icon: Icon } = CHANGE_LOOK[change];
  return (
    <Badge variant="light" color={color} tt="none" leftSection={<Icon size={14} aria-hidden />}>
      {t(`plan.compare.change.${change}`)}
    </Badge>
  );
}

/** A changed field's value as a reader knows it: dates and coded values in words. */
function useFieldValue() {
  const { t, i18n } = useTranslation('carePlan');
  return (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return t('plan.compare.empty');
    if (/On$|Date$/.test(field)) return formatCalendarDate(value, i18n.language);
    if (field === 'domain') return t(`plan.domain.${value}`, { defaultValue: value });
    if (field === 'priority') return t(`plan.priorityName.${value}`, { defaultValue: value });
    if (field === 'status') return t(`plan.goalStatus.${value}`, { defaultValue: value });
    if (field === 'responsible') return t(`plan.responsible.${value}`, { defaultValue: value });
    return value;
  };
}

function FieldChanges({ changes, fromRevision, toRevision }: { changes: FieldChange[]; fromRevision: number; toRevision: number }) {
  const { t } = useTranslation('carePlan');
  const show = useFieldValue();
  if (!changes.length) return null;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing={4} fz="sm" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('plan.compare.field')}</Table.Th>
            <Table.Th scope="col">{t('plan.compare.before', { revision: fromRevision })}</Table.Th>
            <Table.Th scope="col">{t('plan.compare.after', { revision: toRevision })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row" fw={500}>
                {t(`plan.compare.fields.${change.field}`, { defaultValue: change.field })}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(change.field, change.before)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(change.field, change.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Two versions of a plan side by side: what was added, removed or changed, goal by goal and field by field. */
export function PlanComparisonDialog({ fromId, toId, onClose }: { fromId: string; toId: string; onClose: () => void }) {
  const { t } = useTranslation('carePlan');
  // A draft changes as it is edited: compare the versions as they are saved now.
  const { data, loading, error, refetch } = useQuery(carePlanComparisonQuery, { variables: { fromId, toId }, fetchPolicy: 'network-only' });
  const comparison = data?.carePlanComparison;
  const from = comparison?.from.revision ?? 0;
  const to = comparison?.to.revision ?? 0;
  const changedGoals = comparison?.goals.filter((goal) => goal.change !== 'UNCHANGED') ?? [];
  return (
    <FormModal opened title={comparison ? t('plan.compare.title', { from, to }) : t('plan.versions.compareTwo')} size="xl" onClose={onClose}>
      <Stack gap="md">
        {!comparison && loading ? <LoadingState label={t('plan.compare.loading')} /> : null}
        {!comparison && error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
        {comparison ? (
          <>
            {comparison.fields.length ? (
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('plan.compare.planFields')}
                </Title>
                <FieldChanges changes={comparison.fields} fromRevision={from} toRevision={to} />
              </Stack>
            ) : null}
            {!comparison.fields.length && !changedGoals.length ? <Text>{t('plan.compare.noChanges')}</Text> : null}
            {changedGoals.map((goal) => (
              <Paper key={goal.goalKey} withBorder p="sm" component="section" aria-label={goal.statement}>
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" gap="xs">
                    <Title order={3} size="h5" style={{ overflowWrap: 'anywhere', flex: 1 }}>
                      {goal.statement}
                    </Title>
                    <ChangeBadge change={goal.change} />
                  </Group>
                  <FieldChanges changes={goal.fields} fromRevision={from} toRevision={to} />
                  {[
                    { key: 'objectives' as const, rows: goal.objectives.filter((row) => row.change !== 'UNCHANGED') },
                    { key: 'interventions' as const, rows: goal.interventions.filter((row) => row.change !== 'UNCHANGED') },
                  ].map(({ key, rows }) =>
                    rows.length ? (
                      <Stack key={key} gap={4}>
                        <Text size="sm" fw={600}>
                          {t(`plan.compare.${key}`)}
                        </Text>
                        {rows.map((row, index) => (
                          <Stack key={`${row.description}-${index}`} gap={4} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
                            <Group gap="xs" wrap="nowrap" align="flex-start">
                              <ChangeBadge change={row.change} />
                              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                                {row.description}
                              </Text>
                            </Group>
                            <FieldChanges changes={row.fields} fromRevision={from} toRevision={to} />
                          </Stack>
                        ))}
                      </Stack>
                    ) : null,
                  )}
                </Stack>
              </Paper>
            ))}
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('plan.compare.close')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
