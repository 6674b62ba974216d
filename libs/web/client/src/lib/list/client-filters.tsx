import type { Ref } from 'react';
import { Checkbox, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CLIENT_SORTS, CLIENT_STATUSES, RISK_LEVELS, Role, type ClientSort, type ClientStatus, type RiskLevel } from '@waymark/shared/types';
import { useSessionState } from '@waymark/web/core';
import { caseManagersQuery, programOptionsQuery } from '../client.operations';
import { supervises } from '../shared/roles';

export interface ClientFilterValues {
  search: string;
  status: ClientStatus[];
  programId: string | null;
  caseManagerId: string | null;
  riskLevel: RiskLevel | null;
  sort: ClientSort;
}

const ALL = 'ALL';
const isOneOf = <T extends string>(list: readonly T[], value: string | null | undefined): value is T => !!value && (list as readonly string[]).includes(value);

/** Reads the filters from the address, so reload, back and shared links keep them. */
export function filtersFromParams(params: URLSearchParams): ClientFilterValues {
  const sort = params.get('sort');
  const risk = params.get('risk');
  return {
    search: params.get('q') ?? '',
    status: (params.get('status') ?? '').split(',').filter((value): value is ClientStatus => isOneOf(CLIENT_STATUSES, value)),
    programId: params.get('program'),
    caseManagerId: params.get('cm'),
    riskLevel: isOneOf(RISK_LEVELS, risk) ? risk : null,
    sort: isOneOf(CLIENT_SORTS, sort) ? sort : 'RELEVANCE',
  };
}

export function filtersToParams(values: ClientFilterValues, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  set('q', values.search.trim() || null);
  set('status', values.status.join(',') || null);
  set('program', values.programId);
  set('cm', values.caseManagerId);
  set('risk', values.riskLevel);
  set('sort', values.sort === 'RELEVANCE' ? null : values.sort);
  return next;
}

/** Search, status, program, case manager, risk and order of the client list. */
export function ClientFilters({
  values,
  onChange,
  searchRef,
}: {
  values: ClientFilterValues;
  onChange: (patch: Partial<ClientFilterValues>) => void;
  searchRef: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('client');
  const { user } = useSessionState();
  const { data: programs } = useQuery(programOptionsQuery);
  const seesAllWorkers = supervises(user?.role);
  const { data: workers } = useQuery(caseManagersQuery, { skip: !seesAllWorkers });
  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('list.filters')}>
      <TextInput
        label={t('list.search')}
        type="search"
        ref={searchRef}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={values.search}
        onChange={(event) => onChange({ search: event.currentTarget.value })}
        style={{ flex: '1 1 280px' }}
      />
      <MultiSelect
        label={t('list.status')}
        placeholder={values.status.length ? undefined : t('list.allStatuses')}
        data={CLIENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={values.status}
        onChange={(status) => onChange({ status: status.filter((value): value is ClientStatus => isOneOf(CLIENT_STATUSES, value)) })}
        clearable
        w={220}
      />
      <Select
        label={t('list.program')}
        data={[{ value: ALL, label: t('list.allPrograms') }, ...(programs?.programs ?? []).map((program) => ({ value: program.id, label: program.name }))]}
        value={values.programId ?? ALL}
        onChange={(value) => onChange({ programId: value && value !== ALL ? value : null })}
        allowDeselect={false}
        w={220}
      />
      {seesAllWorkers ? (
        <Select
          label={t('list.caseManager')}
          data={[
            { value: ALL, label: t('list.allCaseManagers') },
            ...(workers?.caseloads ?? []).map(({ worker }) => ({ value: worker.id, label: worker.displayName })),
          ]}
          value={values.caseManagerId ?? ALL}
          onChange={(value) => onChange({ caseManagerId: value && value !== ALL ? value : null })}
          allowDeselect={false}
          searchable
          w={220}
        />
      ) : null}
      <Select
        label={t('list.risk')}
        data={[{ value: ALL, label: t('list.anyRisk') }, ...RISK_LEVELS.map((level) => ({ value: level, label: t(`risk.${level}`) }))]}
        value={values.riskLevel ?? ALL}
        onChange={(value) => onChange({ riskLevel: isOneOf(RISK_LEVELS, value) ? value : null })}
        allowDeselect={false}
        w={180}
      />
      <Select
        label={t('list.sort')}
        data={CLIENT_SORTS.map((sort) => ({ value: sort, label: t(`list.sortBy.${sort}`) }))}
        value={values.sort}
        onChange={(value) => isOneOf(CLIENT_SORTS, value) && onChange({ sort: value })}
        allowDeselect={false}
        w={200}
      />
      {user?.role === Role.CASE_MANAGER ? (
        <Checkbox
          label={t('list.onlyMine')}
          checked={values.caseManagerId === user.id}
          onChange={(event) => onChange({ caseManagerId: event.currentTarget.checked ? user.id : null })}
          mb={8}
        />
      ) : null}
    </Group>
  );
}
