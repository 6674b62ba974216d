import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconClipboardPlus, IconListDetails } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus } from '@waymark/shared/types';
import { EmptyView, ErrorState, LoadingState, type EnrollmentFieldsFragment } from '@waymark/web/core';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { useItemFocus } from '../../shared/use-item-focus';
import { TabHeader } from '../../shared/tab-header';
import type { ClientTabProps } from '../tab-props';
import { AssignDialog } from './assign-dialog';
import { EnrollDialog } from './enroll-dialog';
import { EnrollmentCard } from './enrollment-card';
import { clientEnrollmentsQuery } from './enrollment.operations';
import { StatusDialog } from './status-dialog';

type Acting =
  | { kind: 'enroll' }
  | { kind: 'status'; enrollment: EnrollmentFieldsFragment; to: EnrollmentStatus }
  | { kind: 'assign'; enrollment: EnrollmentFieldsFragment }
  | null;

/** The programs the client is enrolled in, open ones first. */
export function EnrollmentsTab({ client }: ClientTabProps) {
  const { t } = useTranslation('client');
  const { canWrite, isSupervisor } = useRecordPermissions();
  const [acting, setActing] = useState<Acting>(null);
  const { data, loading, error, refetch } = useQuery(clientEnrollmentsQuery, { variables: { clientId: client.id } });
  const enrollments = [...(data?.clientEnrollments ?? [])].sort(
    (a, b) => Number(a.status === 'CLOSED') - Number(b.status === 'CLOSED') || b.openedOn.localeCompare(a.openedOn),
  );
  const openProgramIds = enrollments.filter((e) => e.status !== 'CLOSED').map((e) => e.program.id);
  const item = useItemFocus(!!data);
  const close = () => setActing(null);
  const reload = () => void refetch();

  return (
    <Stack gap="md" component="section" aria-labelledby="enrollments-heading">
      <TabHeader
        id="enrollments-heading"
        title={t('tabs.enrollments.title')}
        description={t('tabs.enrollments.description')}
        action={
          canWrite ? (
            <Button leftSection={<IconClipboardPlus size={18} aria-hidden />} onClick={() => setActing({ kind: 'enroll' })}>
              {t('tabs.enrollments.enroll')}
            </Button>
          ) : null
        }
      />
      {error && !data ? <ErrorState error={error} onRetry={reload} /> : null}
      {loading && !data ? <LoadingState label={t('tabs.enrollments.loading')} /> : null}
      {data && enrollments.length === 0 ? (
        <EmptyView
          headingOrder={3}
          icon={<IconListDetails aria-hidden />}
          title={t('tabs.enrollments.emptyTitle')}
          description={t('tabs.enrollments.emptyText')}
        />
      ) : null}
      {enrollments.length > 0 ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('tabs.enrollments.count', { count: enrollments.length, open: openProgramIds.length })}
          </Text>
          <Stack gap="md">
            {enrollments.map((enrollment) => (
              <EnrollmentCard
                key={enrollment.id}
                enrollment={enrollment}
                highlighted={enrollment.id === item}
                canWrite={canWrite}
                isSupervisor={isSupervisor}
                onChangeStatus={(to) => setActing({ kind: 'status', enrollment, to })}
                onAssign={() => setActing({ kind: 'assign', enrollment })}
              />
            ))}
          </Stack>
        </>
      ) : null}
      {acting?.kind === 'enroll' ? <EnrollDialog clientId={client.id} openProgramIds={openProgramIds} onClose={close} /> : null}
      {acting?.kind === 'status' ? <StatusDialog enrollment={acting.enrollment} to={acting.to} onClose={close} onReload={reload} /> : null}
      {acting?.kind === 'assign' ? <AssignDialog enrollment={acting.enrollment} onClose={close} onReload={reload} /> : null}
    </Stack>
  );
}
