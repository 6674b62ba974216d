import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@waymark/web/client';

export interface CapacityRow {
  unit: string;
  available: number;
  maximum?: number | null;
  description?: string | null;
  updatedAt: string;
}

/** Open beds or slots (HSDS 3.1 service_capacity): how many are free, of how many, as of when. */
export function ServiceCapacity({ capacity }: { capacity: readonly CapacityRow[] }) {
  const { t, i18n } = useTranslation('directory');
  return (
    <Stack gap="sm">
      {capacity.map((row) => (
        <Stack key={row.unit} gap={2}>
          <Text size="sm" fw={600}>
            {row.maximum !== null && row.maximum !== undefined
              ? t('search.service.capacity.availableOf', { available: row.available, maximum: row.maximum, unit: row.unit })
              : t('search.service.capacity.available', { available: row.available, unit: row.unit })}
          </Text>
          {row.maximum ? <Progress value={Math.min(100, (row.available / row.maximum) * 100)} size="sm" aria-hidden /> : null}
          {row.description ? <Text size="sm">{row.description}</Text> : null}
          <Text size="xs" c="dimmed">
            {t('search.service.capacity.asOf', { when: formatDateTime(row.updatedAt, i18n.language) })}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}
