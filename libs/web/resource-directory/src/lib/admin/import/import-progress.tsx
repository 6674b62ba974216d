import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRecord } from '../model';

/** How far a running import has read, as a bar and in words; screen readers hear the words as they change. */
export function ImportProgress({ run }: { run: ImportRecord }) {
  const { t } = useTranslation('directory');
  const percent = run.rowsTotal ? Math.min(100, Math.round((run.rowsDone / run.rowsTotal) * 100)) : 0;
  const label = run.rowsTotal ? t('admin.import.progress', { done: run.rowsDone, count: run.rowsTotal }) : t('admin.import.reading');
  return (
    <Stack gap="xs">
      <Progress value={percent} size="lg" animated striped aria-label={t('admin.import.progressLabel')} />
      <Text size="sm" role="status" aria-live="polite">
        {label}
      </Text>
    </Stack>
  );
}
