import { List, Spoiler, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Change = { from?: unknown; to?: unknown };

const shown = (value: unknown, empty: string): string => {
  if (value === null || value === undefined || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** The fields an event changed, each from its old value to its new one (sensitive values arrive redacted). */
export function EventChanges({ changes }: { changes: unknown }) {
  const { t } = useTranslation('audit');
  const entries = Object.entries(changes && typeof changes === 'object' ? changes : {}).filter(([, change]) => change && typeof change === 'object') as [string, Change][];
  if (!entries.length) return null;
  const empty = t('trail.empty_value');
  return (
    <Spoiler maxHeight={48} showLabel={t('trail.changes', { count: entries.length })} hideLabel={t('trail.hideChanges')}>
      <List size="xs" spacing={2} listStyleType="none">
        {entries.map(([field, change]) => (
          <List.Item key={field}>
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {'from' in change
                ? t('trail.changeLine', { field, from: shown(change.from, empty), to: shown(change.to, empty), interpolation: { escapeValue: false } })
                : t('trail.changeTo', { field, to: shown(change.to, empty), interpolation: { escapeValue: false } })}
            </Text>
          </List.Item>
        ))}
      </List>
    </Spoiler>
  );
}
