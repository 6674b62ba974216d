import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { taskClientSearchQuery } from './worklist.operations';

/**
 * Finds the client a task is for by name or client number, as the header search does. The API
 * searches (typos forgiven), so the list shows its answers unfiltered.
 */
export function ClientPicker({ value, onChange }: { value: string | null; onChange: (clientId: string | null) => void }) {
  const { t } = useTranslation('carePlan');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(taskClientSearchQuery, { variables: { search: debounced }, skip: debounced.length < 2 });
  const options = (data?.clients.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.displayName} (${node.clientNumber})` }));
  return (
    <Select
      label={t('worklist.form.client')}
      description={t('worklist.form.clientHint')}
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: shown }) => shown}
      nothingFoundMessage={debounced.length >= 2 && !loading ? t('worklist.form.clientNone') : undefined}
    />
  );
}
