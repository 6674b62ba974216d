import { useState } from 'react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { appointmentServiceSearchQuery } from './appointments.operations';

/** Picks a directory service by typing its name; the API checks the agency sees it. */
export function ServicePicker({
  label,
  value,
  onChange,
  error,
  required,
}: {
  label: string;
  value: string | null;
  onChange: (serviceId: string | null) => void;
  error?: React.ReactNode;
  required?: boolean;
}) {
  const { t } = useTranslation('carePlan');
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), 300);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const { data, loading } = useQuery(appointmentServiceSearchQuery, { variables: { input: { text, first: 10 } }, skip: text.length < 2 });
  const found = (data?.directorySearch.edges ?? []).map(({ node }) => ({ value: node.serviceId, label: `${node.name} (${node.organizationName})` }));
  const options = picked && !found.some((o) => o.value === picked.value) ? [picked, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={t('appointments.form.servicePlaceholder')}
      searchable
      clearable
      required={required}
      filter={({ options: all }) => all}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, option) => {
        setPicked(option ?? null);
        onChange(next);
      }}
      nothingFoundMessage={text.length >= 2 && !loading ? t('appointments.form.serviceNothing') : undefined}
      error={error}
    />
  );
}
