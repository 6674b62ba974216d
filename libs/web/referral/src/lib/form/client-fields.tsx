import { Alert, Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EnrollmentStatus } from '@waymark/shared/types';
import { ErrorState } from '@waymark/web/core';
import { referralClientQuery } from './referral-form.operations';

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
