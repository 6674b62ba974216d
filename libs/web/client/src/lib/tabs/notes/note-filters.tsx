import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NOTE_TYPES } from '@waymark/shared/types';

export interface NoteFilterValues {
  type: string;
  authorId: string;
  /** 'YYYY-MM-DD' local days, both included */
  from: string;
  to: string;
}

export const NO_FILTERS: NoteFilterValues = { type: '', authorId: '', from: '', to: '' };

/** Narrows the notes timeline by type of contact, author and the days the contacts happened. */
export function NoteFilters({
  value,
  authors,
  onChange,
}: {
  value: NoteFilterValues;
  /** Authors to offer: the signed-in worker first, then those seen on the timeline */
  authors: { value: string; label: string }[];
  onChange: (next: NoteFilterValues) => void;
}) {
  const { t } = useTranslation('client');
  const set = (patch: Partial<NoteFilterValues>) => onChange({ ...value, ...patch });
  const filtered = value.type || value.authorId || value.from || value.to;
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('tabs.notes.filters')}>
      <NativeSelect
        label={t('tabs.notes.filterType')}
        data={[{ value: '', label: t('tabs.notes.allTypes') }, ...NOTE_TYPES.map((type) => ({ value: type, label: t(`tabs.notes.type.${type}`) }))]}
        value={value.type}
        onChange={(event) => set({ type: event.currentTarget.value })}
        style={{ flex: '1 1 180px' }}
      />
      <NativeSelect
        label={t('tabs.notes.filterAuthor')}
        data={[{ value: '', label: t('tabs.notes.allAuthors') }, ...authors]}
        value={value.authorId}
        onChange={(event) => set({ authorId: event.currentTarget.value })}
        style={{ flex: '1 1 180px' }}
      />
      <TextInput
        type="date"
        label={t('tabs.notes.filterFrom')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => set({ from: event.currentTarget.value })}
        style={{ flex: '1 1 150px' }}
      />
      <TextInput
        type="date"
        label={t('tabs.notes.filterTo')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => set({ to: event.currentTarget.value })}
        style={{ flex: '1 1 150px' }}
      />
      {filtered ? (
        <Button variant="subtle" onClick={() => onChange(NO_FILTERS)}>
          {t('tabs.notes.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
}
