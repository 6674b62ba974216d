import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkerBalance } from './worker-balance';

/** Share of the average as people say it: "1.5× the average", or "1.5×" where a column heading says the rest. */
export function useShareFormat(short = false) {
  const { t, i18n } = useTranslation('carePlan');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (share: number | null | undefined) =>
    share == null ? t('supervision.noShare') : t(short ? 'supervision.shareShort' : 'supervision.share', { share: number.format(share) });
}

/**
 * Each worker's caseload as a bar against the largest, split by status (active, pending, on
 * hold), so an uneven spread shows at a glance. The bar is drawn for the eye; its words say the same, split included.
 */
export function BalanceBars({ workers }: { workers: WorkerBalance[] }) {
  const { t } = useTranslation('carePlan');
  const share = useShareFormat();
  const largest = Math.max(1, ...workers.map((row) => row.caseload.totalClients));
  const part = (count: number) => (count / largest) * 100;
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('supervision.barsLabel')}>
      {workers.map(({ worker, caseload, tasks }) => (
        <Box component="li" key={worker.id}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {worker.displayName}
            </Text>
            <Text size="sm" c="dimmed">
              {t('supervision.barSummary', {
                count: caseload.totalClients,
                split: t('supervision.barSplit', { active: caseload.activeClients, pending: caseload.pendingClients, onHold: caseload.onHoldClients }),
                share: share(caseload.shareOfAverage),
                overdue: tasks.overdue,
              })}
            </Text>
          </Group>
          <Progress.Root size="lg" aria-hidden mt={4}>
            <Progress.Section value={part(caseload.activeClients)} color="teal" />
            <Progress.Section value={part(caseload.pendingClients)} color="cyan.3" />
            <Progress.Section value={part(caseload.onHoldClients)} color="yellow.5" />
          </Progress.Root>
        </Box>
      ))}
    </Stack>
  );
}

/** What the bars' colours stand for. */
export function BalanceLegend() {
  const { t } = useTranslation('carePlan');
  const items = [
    { color: 'var(--mantine-color-teal-filled)', label: t('supervision.table.active') },
    { color: 'var(--mantine-color-cyan-3)', label: t('supervision.table.pending') },
    { color: 'var(--mantine-color-yellow-5)', label: t('supervision.table.onHold') },
  ];
  return (
    <Group gap="md" aria-hidden>
      {items.map((item) => (
        <Group key={item.label} gap={6}>
          <Box w={12} h={12} style={{ borderRadius: 2, background: item.color }} />
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
