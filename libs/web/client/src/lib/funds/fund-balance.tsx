import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCents } from './money';

/** The fund at a glance: its balance, what approvals hold of it, and what is left for more. */
export function FundBalance({ fund }: { fund: { balanceCents: number; committedCents: number; availableCents: number } }) {
  const { t, i18n } = useTranslation('client');
  const money = (cents: number) => formatCents(cents, i18n.language);
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-label={t('funds.balanceLabel')}>
      <Group gap="xl" wrap="wrap">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('funds.balance')}
          </Text>
          <Text fz="xl" fw={700} data-testid="fund-balance">
            {money(fund.balanceCents)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('funds.committed')}
          </Text>
          <Text fw={600}>{money(fund.committedCents)}</Text>
        </Stack>
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('funds.available')}
          </Text>
          <Text fw={600}>{money(fund.availableCents)}</Text>
        </Stack>
      </Group>
    </Paper>
  );
}
