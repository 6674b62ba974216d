import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { calendarDay } from '@waymark/shared/types';
import { ErrorState, LoadingState, type EnrollmentFieldsFragment } from '@waymark/web/core';
import { formatCalendarDate } from '@waymark/web/client';
import { useTaskActs } from '../worklist/task-acts';
import { BlockerList } from './blocker-list';
import { closureCheckQuery } from './discharge.operations';
import { useEnrollmentTasks } from './use-enrollment-tasks';

/**
 * Step 2: what stands in the way of closing today — unsigned notes, open tasks, care plans,
 * open referrals — each with the way to fix it, checked again on request. Open tasks are
 * completed or cancelled right here.
 */
export function BlockersStep({ clientId, enrollment, onNext }: { clientId: string; enrollment: EnrollmentFieldsFragment; onNext: () => void }) {
  const { t, i18n } = useTranslation('carePlan');
  const today = calendarDay(new Date());
  const check = useQuery(closureCheckQuery, { variables: { enrollmentId: enrollment.id, closedOn: today }, fetchPolicy: 'network-only', notifyOnNetworkStatusChange: true });
  const open = useEnrollmentTasks(clientId, enrollment.id);
  const { onAct, dialog } = useTaskActs();
  const blockers = check.data?.closureCheck;
  const recheck = () => {
    void check.refetch();
    open.refetch();
  };
  return (
    <Stack gap="md">
      <Text>{t('discharge.blockers.intro', { date: formatCalendarDate(today, i18n.language) })}</Text>
      {check.error && !blockers ? <ErrorState error={check.error} onRetry={recheck} /> : null}
      {check.loading && !blockers ? <LoadingState label={t('discharge.blockers.checking')} /> : null}
      {blockers ? (
        <Stack gap="sm" aria-live="polite" aria-busy={check.loading}>
          {blockers.length ? (
            <>
              <Text component="h3" fz="md" fw={700} m={0} c="red.8">
                {t('discharge.blockers.count', { count: blockers.length })}
              </Text>
              <BlockerList clientId={clientId} blockers={blockers} tasks={open.tasks} onTaskAct={onAct} />
            </>
          ) : (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />}>
              {t('discharge.blockers.none')}
            </Alert>
          )}
        </Stack>
      ) : null}
      <Group gap="sm">
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} loading={check.loading && !!blockers} onClick={recheck}>
          {t('discharge.blockers.recheck')}
        </Button>
        <Button onClick={onNext} disabled={!blockers || blockers.length > 0}>
          {t('discharge.next')}
        </Button>
      </Group>
      {dialog}
    </Stack>
  );
}
