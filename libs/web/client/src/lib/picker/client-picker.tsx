import { useState, type ReactNode } from 'react';
import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { clientPickerSearchQuery } from './client-picker.operations';

/** How a client reads among the picker's options: their name and client number. */
export function clientPickerLabel(client: { displayName: string; clientNumber: string }): string {
  return `${client.displayName} (${client.clientNumber})`;
}

export interface ClientPickerProps {
  value: string | null;
  onChange: (clientId: string | null) => void;
  /** How the chosen client reads (`clientPickerLabel`) when it may not be among the answers, e.g. one given in the address. */
  selectedLabel?: string;
  required?: boolean;
  error?: ReactNode;
}

/**
 * Chooses a client by name or client number, as the header search finds them. The API searches
 * (typos forgiven), so the list shows its answers unfiltered.
 */
export function ClientPicker({ value, onChange, selectedLabel, required, error }: ClientPickerProps) {
  const { t } = useTranslation('client');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(clientPickerSearchQuery, { variables: { search: debounced }, skip: debounced.length < 2 });
  const [picked, setPicked] = useState<ComboboxItem | null>(null);
  const found = (data?.clients.edges ?? []).map(({ node }) => ({ value: node.id, label: clientPickerLabel(node) }));
  // The chosen client stays among the options while another search runs.
  const chosenLabel = picked?.value === value ? picked.label : selectedLabel;
  const options = value && chosenLabel && !found.some((option) => option.value === value) ? [{ value, label: chosenLabel }, ...found] : found;
  return (
    <Select
      label={t('picker.label')}
      description={t('picker.hint')}
      required={required}
      searchable
      clearable
      value={value}
      onChange={(clientId, option) => {
        setPicked(option);
        onChange(clientId);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: shown }) => shown}
      error={error}
      nothingFoundMessage={debounced.length >= 2 && !loading ? t('picker.none') : undefined}
    />
  );
}
