import { useState } from 'react';
import { Stack } from '@mantine/core';
import { IconClipboardPlus, IconListDetails } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus } from '@waymark/shared/types';
import type { EnrollmentFieldsFragment } from '@waymark/web/core';
import { useRecordPermissions } from '../../shared/use-record-permissions';
import { useItemFocus } from '../../shared/use-item-focus';
import { RecordList } from '../../shared/record-list';
import { TabSection } from '../../shared/tab-section';
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
  const reloadAndClose = () => {
    reload();
    close();
  };

  return (
    <TabSection
      id="enrollments"
      title={t('tabs.enrollments.title')}
      description={t('tabs.enrollments.description')}
      action={canWrite ? { icon: IconClipboardPlus, label: t('tabs.enrollments.enroll'), onClick: () => setActing({ kind: 'enroll' }) } : null}
    >
      <RecordList
        total={data ? enrollments.length : undefined}
        loading={loading}
        error={error}
        onRetry={reload}
        loadingLabel={t('tabs.enrollments.loading')}
        countLabel={t('tabs.enrollments.count', { count: enrollments.length, open: openProgramIds.length })}
        empty={{ icon: <IconListDetails aria-hidden />, title: t('tabs.enrollments.emptyTitle'), description: t('tabs.enrollments.emptyText') }}
      >
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
      </RecordList>
      {acting?.kind === 'enroll' ? <EnrollDialog clientId={client.id} openProgramIds={openProgramIds} onClose={close} /> : null}
      {acting?.kind === 'status' ? <StatusDialog enrollment={acting.enrollment} to={acting.to} onClose={close} onReload={reloadAndClose} /> : null}
      {acting?.kind === 'assign' ? <AssignDialog enrollment={acting.enrollment} onClose={close} onReload={reloadAndClose} /> : null}
    </TabSection>
  );
}
