import { useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { partnerAgenciesQuery } from './consent.operations';

/** Picks another agency on Waymark by name; typing narrows the list on the server, which sends at most 100. */
export function AgencySelect(props: Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange'>) {
  const { t } = useTranslation('client');
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search.trim(), 250);
  const { data, previousData, loading } = useQuery(partnerAgenciesQuery, { variables: { search: term || null } });
  const agencies = (data ?? previousData)?.partnerAgencies ?? [];
  return (
    <Select
      {...props}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      nothingFoundMessage={loading ? t('tabs.consents.loadingAgencies') : t('tabs.consents.noAgency')}
    />
  );
}
