import { useState } from 'react';
import { Alert, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EnrollmentStatus } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { referralClientQuery, referralClientSearchQuery } from './referral-form.operations';

/**
 * Whom to refer, found by name or number as the header search finds them (the API forgives
 * typos, so its answers are shown unfiltered); a client given in the address starts chosen.
 */
export function ClientField({ value, label, error, onChange }: { value: string | null; label?: string; error?: string; onChange: (clientId: string | null) => void }) {
  const { t } = useTranslation('referral');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(referralClientSearchQuery, { variables: { search: debounced }, skip: debounced.length < 2 });
  const found = (data?.clients.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.displayName} (${node.clientNumber})` }));
  // The chosen client stays among the options while another search runs.
  const options = value && label && !found.some((option) => option.value === value) ? [{ value, label }, ...found] : found;
  return (
    <Select
      label={t('referral.form.client')}
      description={t('referral.form.clientHint')}
      required
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: shown }) => shown}
      error={error}
      nothingFoundMessage={debounced.length >= 2 && !loading ? t('referral.form.clientNone') : undefined}
    />
  );
}

/** The client's open enrollments, one of which the referral is part of; the only one is chosen for the worker. */
export function useReferralClient(clientId: string | null) {
  const query = useQuery(referralClientQuery, { variables: { id: clientId ?? '' }, skip: !clientId });
  const client = clientId && query.data?.client.id === clientId ? query.data.client : null;
  const openEnrollments = (client?.enrollments ?? []).filter((enrollment) => enrollment.status !== EnrollmentStatus.CLOSED);
  return { client, openEnrollments, query };
}

export function EnrollmentField({
  referralClient,
  value,
  error,
  onChange,
}: {
  referralClient: ReturnType<typeof useReferralClient>;
  value: string | null;
  error?: string;
  onChange: (enrollmentId: string | null) => void;
}) {
  const { t } = useTranslation('referral');
  const { client, openEnrollments, query } = referralClient;
  if (query.error && !client) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (client && openEnrollments.length === 0) {
    return (
      <Alert color="yellow" variant="light" role="alert">
        {t('referral.form.enrollmentNone')}
      </Alert>
    );
  }
  return (
    <Select
      label={t('referral.form.enrollment')}
      description={t('referral.form.enrollmentHint')}
      required
      allowDeselect={false}
      disabled={!client}
      value={value}
      onChange={onChange}
      error={error}
      data={openEnrollments.map((enrollment) => ({ value: enrollment.id, label: enrollment.program.name }))}
    />
  );
}
